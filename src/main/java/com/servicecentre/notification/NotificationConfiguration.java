package com.servicecentre.notification;

import com.servicecentre.common.EngineClock;
import com.servicecentre.office.Offices;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The outbox, its templates and the relay with the channels the configuration sets up: the log always, e-mail
 * when spring.mail.host and a sender are set, SMS and WeChat when their accounts are. A route to a channel that is
 * not set up, or a template that does not fit its message, stops start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
public class NotificationConfiguration {

  @Bean
  NotificationTemplates notificationTemplates(ResourceLoader resources, NotificationSettings settings,
      List<MessageCatalog> catalogs) {
    List<MessageType> types = new ArrayList<>();
    catalogs.forEach(c -> types.addAll(c.messageTypes()));
    return NotificationTemplates.load(resources, settings.templates(), types);
  }

  @Bean
  OutboxNotifications outboxNotifications(JdbcTemplate jdbc, NotificationTemplates templates,
      ObjectProvider<Offices> offices) {
    return new OutboxNotifications(jdbc, templates, code -> offices.getObject().nameOf(code));
  }

  @Bean
  NotificationDeliveries notificationDeliveries(JdbcTemplate jdbc) {
    return new NotificationDeliveries(jdbc);
  }

  @Bean
  NotificationRelay notificationRelay(JdbcTemplate jdbc, NotificationTemplates templates, IdentityService identity,
      NotificationSettings settings, ObjectProvider<JavaMailSender> mail) {
    List<DeliveryChannel> channels = new ArrayList<>(List.of(new LogChannel()));
    JavaMailSender sender = mail.getIfAvailable();
    if (sender != null && NotificationSettings.present(settings.email().from())) {
      channels.add(new EmailChannel(sender, settings.email().from()));
    }
    if (settings.sms().configured()) {
      channels.add(new SmsChannel(settings.sms()));
    }
    if (settings.wechat().configured()) {
      channels.add(new WechatChannel(settings.wechat(), EngineClock::instant));
    }
    return new NotificationRelay(jdbc, templates, new Recipients(jdbc, identity), channels, settings,
        EngineClock::instant, nodeName());
  }

  /** Who holds a claim, as the log and notification_attempt show it: host, process and a random part. */
  static String nodeName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "node";
    }
    String name = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
        + UUID.randomUUID().toString().substring(0, 4);
    return name.length() > 80 ? name.substring(name.length() - 80) : name;
  }
}
