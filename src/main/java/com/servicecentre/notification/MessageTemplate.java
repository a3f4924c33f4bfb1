package com.servicecentre.notification;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates of one message type, one per channel: {@code text} (the log, the outbox and the e-mail body),
 * the e-mail's subject, the SMS gateway's template code and parameters, the WeChat template id, link and data.
 * Values name the case's fields in braces: {@code 您的报修{caseNo}已派工}.
 */
public record MessageTemplate(String type, String text, String emailSubject, String smsCode,
    Map<String, String> smsParams, String wechatTemplateId, String wechatUrl, Map<String, String> wechatData) {

  private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  /** The channels this type has a template for (log and e-mail use the text). */
  public boolean has(String channel) {
    return switch (channel) {
      case "log" -> text != null;
      case "email" -> text != null && emailSubject != null;
      case "sms" -> smsCode != null;
      case "wechat" -> wechatTemplateId != null;
      default -> false;
    };
  }

  /** Every field any of the templates names. */
  public Set<String> fieldsUsed() {
    Set<String> used = new LinkedHashSet<>();
    collect(text, used);
    collect(emailSubject, used);
    collect(wechatUrl, used);
    smsParams.values().forEach(v -> collect(v, used));
    wechatData.values().forEach(v -> collect(v, used));
    return used;
  }

  public MessageTemplate render(Map<String, String> fields) {
    return new MessageTemplate(type, fill(text, fields), fill(emailSubject, fields), smsCode, fill(smsParams, fields),
        wechatTemplateId, fill(wechatUrl, fields), fill(wechatData, fields));
  }

  private static Map<String, String> fill(Map<String, String> values, Map<String, String> fields) {
    Map<String, String> filled = new LinkedHashMap<>();
    values.forEach((k, v) -> filled.put(k, fill(v, fields)));
    return filled;
  }

  static String fill(String template, Map<String, String> fields) {
    if (template == null) {
      return null;
    }
    Matcher m = FIELD.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = fields.get(m.group(1));
      if (value == null || value.isBlank()) {
        // Checked at start-up and when the message was written; a row edited by hand must not go out with a blank.
        throw new DeliveryFailed("模板 " + m.group(1) + " 字段缺失", true);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static void collect(String template, Set<String> into) {
    if (template != null) {
      Matcher m = FIELD.matcher(template);
      while (m.find()) {
        into.add(m.group(1));
      }
    }
  }
}
