package com.servicecentre.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Settings for relays the tests build themselves, with their own routes and stubs. */
final class Relays {

  private Relays() {}

  static NotificationSettings settings(List<NotificationSettings.Route> routes, int batchSize,
      List<String> quietAudiences) {
    return new NotificationSettings("classpath:notification/templates.yml", routes,
        new NotificationSettings.Relay(false, Duration.ofSeconds(10), batchSize, Duration.ofMinutes(5),
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2))),
        new NotificationSettings.QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), ZoneId.of("Asia/Shanghai"),
            quietAudiences),
        sms("http://localhost:1/"), wechat("http://localhost:1"), new NotificationSettings.Email("kefu@example.com"));
  }

  static NotificationSettings.Route route(String audience, String... channels) {
    return new NotificationSettings.Route(audience, null, List.of(channels));
  }

  static NotificationSettings.Sms sms(String endpoint) {
    return new NotificationSettings.Sms(endpoint, "test-key-id", "test-key-secret-never-sent", "客服中心",
        "cn-hangzhou", Duration.ofSeconds(5));
  }

  static NotificationSettings.Wechat wechat(String apiBase) {
    return new NotificationSettings.Wechat(apiBase, "wx-test-app", "wechat-secret-never-logged",
        Duration.ofSeconds(5));
  }
}
