package com.servicecentre.notification;

import jakarta.mail.SendFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** E-mail over SMTP (spring.mail.*) to the addresses in the recipient's record: staff logins or group members. */
public class EmailChannel implements DeliveryChannel {

  private final JavaMailSender mail;
  private final String from;

  public EmailChannel(JavaMailSender mail, String from) {
    this.mail = mail;
    this.from = from;
  }

  @Override
  public String name() {
    return "email";
  }

  @Override
  public String addressOf(Recipient recipient) {
    return recipient.emails().isEmpty() ? null : String.join(",", recipient.emails());
  }

  @Override
  public void deliver(String address, MessageTemplate message, long reference) {
    SimpleMailMessage email = new SimpleMailMessage();
    email.setFrom(from);
    email.setTo(address.split(","));
    email.setSubject(message.emailSubject());
    email.setText(message.text());
    try {
      mail.send(email);
    } catch (MailAuthenticationException e) {
      throw new DeliveryFailed("邮件服务器拒绝登录（请检查 spring.mail.username/password）", false);
    } catch (MailSendException e) {
      boolean addressRefused = e.getFailedMessages().values().stream().anyMatch(SendFailedException.class::isInstance);
      throw new DeliveryFailed(addressRefused ? "邮件地址被拒收：" + address : "邮件发送失败（邮件服务器不可达或拒绝）",
          addressRefused);
    } catch (MailException e) {
      throw new DeliveryFailed("邮件发送失败（邮件服务器不可达或拒绝）", false);
    }
  }
}
