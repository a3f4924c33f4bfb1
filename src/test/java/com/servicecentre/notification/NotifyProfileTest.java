package com.servicecentre.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The example profile (application-notify.yml) as an operator uses it: its accounts come from the environment, its
 * routes name channels that are then set up, and every message type has templates for the channels it may take.
 */
class NotifyProfileTest {

  @Test
  void theNotifyProfileReadsItsAccountsFromTheEnvironmentAndItsRoutesFitTheTemplates() throws Exception {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("operator", Map.of(
        "MAIL_HOST", "smtp.example.com", "MAIL_FROM", "kefu@example.com", "SMS_ACCESS_KEY_ID", "id",
        "SMS_ACCESS_KEY_SECRET", "secret", "SMS_SIGN_NAME", "某某物业", "WECHAT_APP_ID", "wx1",
        "WECHAT_APP_SECRET", "secret")));
    new YamlPropertySourceLoader().load("notify", new ClassPathResource("application-notify.yml"))
        .forEach(source -> environment.getPropertySources().addLast(source));
    new YamlPropertySourceLoader().load("default", new ClassPathResource("application.yml"))
        .forEach(source -> environment.getPropertySources().addLast(source));
    NotificationSettings settings = new Binder(ConfigurationPropertySources.get(environment),
        new org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver(environment))
        .bind("service-centre.notification", NotificationSettings.class).get();

    assertThat(settings.sms().configured()).isTrue();
    assertThat(settings.wechat().configured()).isTrue();
    assertThat(settings.sms().toString()).doesNotContain("secret");
    assertThat(settings.wechat().toString()).doesNotContain("secret");
    assertThat(settings.channelsFor("owner", "repair-dispatched")).containsExactly("wechat", "sms");
    assertThat(settings.channelsFor("staff", "notice")).containsExactly("email");
    assertThat(settings.relay().backoff()).hasSize(4);

    NotificationTemplates templates = NotificationTemplates.load(new DefaultResourceLoader(), settings.templates(),
        ShippedMessages.TYPES);
    new NotificationRelay(null, templates, null, List.of(new LogChannel(), new SmsChannel(settings.sms()),
        new WechatChannel(settings.wechat(), java.time.Instant::now),
        new EmailChannel(new org.springframework.mail.javamail.JavaMailSenderImpl(), settings.email().from())),
        settings, java.time.Instant::now, "check");
    assertThatThrownBy(() -> new NotificationRelay(null, templates, null, List.of(new LogChannel()), settings,
        java.time.Instant::now, "check")).hasMessageContaining("未配置");
  }
}
