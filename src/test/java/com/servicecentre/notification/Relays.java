package com.servicecentre.notification;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /** The parameters of a form-encoded request body (what the SMS gateway receives), in their order. */
  static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return form;
  }
}
