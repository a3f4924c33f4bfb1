package com.servicecentre.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SMS through an HTTP gateway in Aliyun SendSms form: sign name, template code and template parameters (JSON),
 * RPC-style parameters signed with HMAC-SHA1 by the access key secret. The secret never leaves the signature: it
 * is not sent, logged or put into an error.
 */
public class SmsChannel implements DeliveryChannel {

  /** Codes after which the same request can succeed later: the provider's fault, throttling, an empty balance. */
  private static final Set<String> TRANSIENT = Set.of("isp.SYSTEM_ERROR", "isv.BUSINESS_LIMIT_CONTROL",
      "isv.OUT_OF_SERVICE", "isv.AMOUNT_NOT_ENOUGH", "Throttling", "Throttling.User", "ServiceUnavailable",
      "InternalError");
  private static final int MAX_PARAM = 35;
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
      .withZone(ZoneOffset.UTC);

  private final NotificationSettings.Sms settings;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  public SmsChannel(NotificationSettings.Sms settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
  }

  @Override
  public String name() {
    return "sms";
  }

  @Override
  public String addressOf(Recipient recipient) {
    return recipient.mobile();
  }

  @Override
  public void deliver(String address, MessageTemplate message, long reference) {
    Map<String, String> params = new TreeMap<>();
    params.put("AccessKeyId", settings.accessKeyId());
    params.put("Action", "SendSms");
    params.put("Format", "JSON");
    params.put("OutId", Long.toString(reference));
    params.put("PhoneNumbers", address);
    params.put("RegionId", settings.regionId());
    params.put("SignName", settings.signName());
    params.put("SignatureMethod", "HMAC-SHA1");
    params.put("SignatureNonce", UUID.randomUUID().toString());
    params.put("SignatureVersion", "1.0");
    params.put("TemplateCode", message.smsCode());
    try {
      params.put("TemplateParam", json.writeValueAsString(limited(message.smsParams())));
    } catch (IOException e) {
      throw new DeliveryFailed("短信参数无法编码", true);
    }
    params.put("Timestamp", UTC.format(Instant.now()));
    params.put("Version", "2017-05-25");
    params.put("Signature", sign(params, settings.accessKeySecret()));
    String body = params.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));

    HttpResponse<String> response;
    try {
      response = http.send(HttpRequest.newBuilder(URI.create(settings.endpoint())).timeout(settings.timeout())
          .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DeliveryFailed("短信网关不可达", false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailed("短信发送被中断", false);
    }
    String code = null;
    String text = null;
    try {
      JsonNode answer = json.readTree(response.body());
      code = answer.path("Code").asText(null);
      text = answer.path("Message").asText(null);
    } catch (IOException notJson) {
      // judged by the status below
    }
    if (response.statusCode() == 200 && "OK".equals(code)) {
      return;
    }
    if (code == null) {
      int status = response.statusCode();
      throw new DeliveryFailed("短信网关应答 HTTP " + status, !(status >= 500 || status == 429 || status == 408));
    }
    boolean again = TRANSIENT.contains(code) || code.startsWith("isp.") || code.startsWith("Throttling");
    throw new DeliveryFailed("短信网关拒绝：" + code + (text == null ? "" : " " + shorten(text)), !again);
  }

  /** Providers take at most 35 characters per template parameter: a longer value is cut, marked with "…". */
  static Map<String, String> limited(Map<String, String> params) {
    Map<String, String> cut = new java.util.LinkedHashMap<>();
    params.forEach((k, v) -> cut.put(k, v.codePointCount(0, v.length()) <= MAX_PARAM ? v
        : v.substring(0, v.offsetByCodePoints(0, MAX_PARAM - 1)) + "…"));
    return cut;
  }

  /** Aliyun's RPC signature: HMAC-SHA1 over "POST&%2F&" and the sorted, encoded parameters. */
  static String sign(Map<String, String> sortedParams, String secret) {
    String canonical = sortedParams.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    String toSign = "POST&" + encode("/") + "&" + encode(canonical);
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA1 unavailable", e);
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
        .replace("%7E", "~");
  }

  static String shorten(String text) {
    return text.length() > 200 ? text.substring(0, 200) : text;
  }
}
