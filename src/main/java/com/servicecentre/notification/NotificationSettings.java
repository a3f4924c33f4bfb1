package com.servicecentre.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * service-centre.notification.*: where the templates are, which channel each audience (and message type) is sent
 * through, the relay's pace and back-off, quiet hours, and the channels' accounts (from the environment; never in
 * the repository).
 */
@ConfigurationProperties("service-centre.notification")
public record NotificationSettings(
    @DefaultValue("classpath:notification/templates.yml") String templates,
    @DefaultValue List<Route> routes,
    @DefaultValue Relay relay,
    @DefaultValue QuietHours quietHours,
    @DefaultValue Sms sms,
    @DefaultValue Wechat wechat,
    @DefaultValue Email email) {

  /**
   * Channels to try in order for an audience (staff, owner, outside-company), optionally for one message type
   * only; the first the recipient's record has an address for is used. A route with a type wins over one without.
   */
  public record Route(String audience, String type, List<String> channels) {}

  /**
   * interval: pause between two runs; batch-size: rows claimed at once; lease: how long a claim holds before
   * another node may take the row over (longer than a batch can take to send); backoff: the waits after the 1st,
   * 2nd … failure; after the last one the next failure flags the row as failed.
   */
  public record Relay(@DefaultValue("true") boolean enabled, @DefaultValue("PT10S") Duration interval,
      @DefaultValue("20") int batchSize, @DefaultValue("PT5M") Duration lease,
      @DefaultValue({"PT1M", "PT5M", "PT30M", "PT2H"}) List<Duration> backoff) {}

  /** Non-urgent messages to these audiences wait from start to end (next morning) in this zone. */
  public record QuietHours(@DefaultValue("21:00") LocalTime start, @DefaultValue("08:00") LocalTime end,
      @DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("owner") List<String> audiences) {}

  /** An SMS gateway in Aliyun SendSms form (RPC style, HMAC-SHA1 signed). */
  public record Sms(@DefaultValue("https://dysmsapi.aliyuncs.com/") String endpoint, String accessKeyId,
      String accessKeySecret, String signName, @DefaultValue("cn-hangzhou") String regionId,
      @DefaultValue("PT10S") Duration timeout) {

    boolean configured() {
      return present(accessKeyId) && present(accessKeySecret) && present(signName);
    }

    /** Never shows the secret (a log line or a failure message may print the settings). */
    @Override
    public String toString() {
      return "Sms[endpoint=" + endpoint + ", accessKeyId=" + accessKeyId + ", signName=" + signName + "]";
    }
  }

  /** A WeChat official account (服务号): its API, app id and secret. */
  public record Wechat(@DefaultValue("https://api.weixin.qq.com") String apiBase, String appId, String appSecret,
      @DefaultValue("PT10S") Duration timeout) {

    boolean configured() {
      return present(appId) && present(appSecret);
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
      return "Wechat[apiBase=" + apiBase + ", appId=" + appId + "]";
    }
  }

  /** The sender of staff e-mails; the server is spring.mail.*. */
  public record Email(String from) {}

  static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /** The channels for a message type to an audience, from the most specific route; the log when none matches. */
  public List<String> channelsFor(String audience, String type) {
    return routes.stream().filter(r -> audience.equals(r.audience()) && type.equals(r.type())).findFirst()
        .or(() -> routes.stream().filter(r -> audience.equals(r.audience()) && r.type() == null).findFirst())
        .or(() -> routes.stream().filter(r -> "any".equals(r.audience()) && r.type() == null).findFirst())
        .map(Route::channels).orElse(List.of("log"));
  }
}
