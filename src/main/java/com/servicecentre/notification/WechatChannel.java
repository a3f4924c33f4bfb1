package com.servicecentre.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

/**
 * WeChat official-account template messages (/cgi-bin/message/template/send) to the owner's openid. The access
 * token is fetched with the app id and secret (/cgi-bin/token) and kept until five minutes before it expires;
 * when WeChat says it has expired or is no longer valid (another node fetched a newer one), it is fetched once
 * more and the message sent again. Neither the secret nor the token is logged or put into an error.
 */
public class WechatChannel implements DeliveryChannel {

  private static final Set<Integer> TOKEN_INVALID = Set.of(40001, 40014, 42001);
  /** -1 system busy, 45009 daily limit, 45047 too many messages to this user now. */
  private static final Set<Integer> TRANSIENT = Set.of(-1, 45009, 45047);
  private static final Duration MARGIN = Duration.ofMinutes(5);

  private record Token(String value, Instant expires) {}

  private final NotificationSettings.Wechat settings;
  private final Supplier<Instant> clock;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private Token token;

  public WechatChannel(NotificationSettings.Wechat settings, Supplier<Instant> clock) {
    this.settings = settings;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
  }

  @Override
  public String name() {
    return "wechat";
  }

  @Override
  public String addressOf(Recipient recipient) {
    return recipient.wechatOpenId();
  }

  @Override
  public void deliver(String address, MessageTemplate message, long reference) {
    ObjectNode body = json.createObjectNode();
    body.put("touser", address);
    body.put("template_id", message.wechatTemplateId());
    if (message.wechatUrl() != null) {
      body.put("url", message.wechatUrl());
    }
    ObjectNode data = body.putObject("data");
    message.wechatData().forEach((key, value) -> data.putObject(key).put("value", value));

    String used = token();
    JsonNode answer = post("/cgi-bin/message/template/send?access_token=" + encode(used), body.toString());
    int code = answer.path("errcode").asInt(0);
    if (TOKEN_INVALID.contains(code)) {
      invalidate(used);
      answer = post("/cgi-bin/message/template/send?access_token=" + encode(token()), body.toString());
      code = answer.path("errcode").asInt(0);
    }
    if (code != 0) {
      throw new DeliveryFailed("微信拒绝：" + code + " " + SmsChannel.shorten(answer.path("errmsg").asText("")),
          !TRANSIENT.contains(code) && !TOKEN_INVALID.contains(code));
    }
  }

  /** The cached token, or a new one when there is none or it expires within five minutes. */
  synchronized String token() {
    Instant now = clock.get();
    if (token == null || !now.isBefore(token.expires().minus(MARGIN))) {
      JsonNode answer = get("/cgi-bin/token?grant_type=client_credential&appid=" + encode(settings.appId())
          + "&secret=" + encode(settings.appSecret()));
      String value = answer.path("access_token").asText(null);
      if (value == null) {
        int code = answer.path("errcode").asInt(0);
        // A wrong app id or secret (40013, 40125) or a server not on the IP allow-list (40164) needs the operator.
        throw new DeliveryFailed("微信 access_token 获取失败：" + code + " "
            + SmsChannel.shorten(answer.path("errmsg").asText("")), false);
      }
      token = new Token(value, now.plusSeconds(answer.path("expires_in").asLong(7200)));
    }
    return token.value();
  }

  private synchronized void invalidate(String used) {
    if (token != null && token.value().equals(used)) {
      token = null;
    }
  }

  private JsonNode get(String path) {
    return call(HttpRequest.newBuilder(URI.create(settings.apiBase() + path)).GET());
  }

  private JsonNode post(String path, String body) {
    return call(HttpRequest.newBuilder(URI.create(settings.apiBase() + path))
        .header("Content-Type", "application/json; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private JsonNode call(HttpRequest.Builder request) {
    HttpResponse<String> response;
    try {
      response = http.send(request.timeout(settings.timeout()).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DeliveryFailed("微信接口不可达", false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailed("微信发送被中断", false);
    }
    if (response.statusCode() != 200) {
      throw new DeliveryFailed("微信接口应答 HTTP " + response.statusCode(), false);
    }
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new DeliveryFailed("微信接口应答无法读取", false);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
