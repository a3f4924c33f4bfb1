package com.servicecentre.notification;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.yaml.snakeyaml.Yaml;

/**
 * The message templates, one per message type and channel, read from a data file at start-up
 * (service-centre.notification.templates, by default classpath:notification/templates.yml): changed without a code
 * change, in force at the next start. The file is checked against the message types the application sends: a
 * template naming a field its type does not have, a type without its text, or a template for a type nobody sends
 * stops start-up with a message naming the file, the type and the field.
 */
public class NotificationTemplates {

  private static final Set<String> KEYS = Set.of("text", "email", "sms", "wechat");

  private final String location;
  private final Map<String, MessageTemplate> templates = new LinkedHashMap<>();
  private final Map<String, MessageType> types = new LinkedHashMap<>();

  public NotificationTemplates(String location, InputStream file, Collection<MessageType> messageTypes) {
    this.location = location;
    types.put(MessageType.NOTICE.name(), MessageType.NOTICE);
    messageTypes.forEach(t -> types.put(t.name(), t));
    Map<String, Object> root = new Yaml().load(file);
    Object entries = root == null ? null : root.get("templates");
    if (!(entries instanceof Map<?, ?> byType)) {
      throw new IllegalStateException(location + "：缺少 templates（每种消息一项）");
    }
    List<String> problems = new ArrayList<>();
    byType.forEach((name, spec) -> {
      try {
        templates.put(name.toString(), parse(name.toString(), spec));
      } catch (ClassCastException | IllegalArgumentException e) {
        problems.add(name + "：" + e.getMessage());
      }
    });
    for (MessageTemplate template : templates.values()) {
      MessageType type = types.get(template.type());
      if (type == null) {
        problems.add(template.type() + "：没有这种消息（已知：" + String.join("、", new TreeSet<>(types.keySet())) + "）");
        continue;
      }
      for (String field : template.fieldsUsed()) {
        if (!type.fields().contains(field) && !MessageType.OFFICE_NAME.equals(field)) {
          problems.add(template.type() + "：字段 {" + field + "} 不存在（可用：" + String.join("、",
              new TreeSet<>(type.fields())) + "）");
        }
      }
    }
    for (MessageType type : types.values()) {
      if (!templates.containsKey(type.name())) {
        problems.add(type.name() + "：缺少模板（至少要有 text）");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("通知模板 " + location + " 有误：" + String.join("；", problems));
    }
  }

  public static NotificationTemplates load(ResourceLoader resources, String location,
      Collection<MessageType> messageTypes) {
    Resource resource = resources.getResource(location);
    try (InputStream in = resource.getInputStream()) {
      return new NotificationTemplates(location, in, messageTypes);
    } catch (IOException e) {
      throw new IllegalStateException("通知模板文件 " + location + " 无法读取", e);
    }
  }

  public MessageTemplate of(String type) {
    MessageTemplate template = templates.get(type);
    if (template == null) {
      throw new DeliveryFailed("没有消息类型 " + type + " 的模板", true);
    }
    return template;
  }

  public MessageType type(String name) {
    return types.get(name);
  }

  public Collection<MessageType> types() {
    return types.values();
  }

  /** Stops start-up when a route may send a type through a channel that type has no template for. */
  public void checkChannels(String type, List<String> channels) {
    MessageTemplate template = templates.get(type);
    List<String> missing = channels.stream().filter(c -> !template.has(c)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("通知模板 " + location + " 有误：" + type + " 可能经 " + String.join("、", missing)
          + " 发送，但没有该渠道的模板" + (missing.contains("email") ? "（email 需要 text 和 email.subject）" : ""));
    }
  }

  private static MessageTemplate parse(String type, Object spec) {
    Map<?, ?> map = (Map<?, ?>) spec;
    for (Object key : map.keySet()) {
      if (!KEYS.contains(key.toString())) {
        throw new IllegalArgumentException("未知的渠道 " + key + "（可用：text、email、sms、wechat）");
      }
    }
    Map<?, ?> email = section(map, "email");
    Map<?, ?> sms = section(map, "sms");
    Map<?, ?> wechat = section(map, "wechat");
    String text = string(map.get("text"));
    if (text == null) {
      throw new IllegalArgumentException("缺少 text");
    }
    String smsCode = string(sms.get("code"));
    if (!sms.isEmpty() && smsCode == null) {
      throw new IllegalArgumentException("sms 缺少 code（短信模板编号）");
    }
    String wechatTemplate = string(wechat.get("template-id"));
    if (!wechat.isEmpty() && wechatTemplate == null) {
      throw new IllegalArgumentException("wechat 缺少 template-id（模板消息编号）");
    }
    return new MessageTemplate(type, text, string(email.get("subject")), smsCode, strings(sms.get("params")),
        wechatTemplate, string(wechat.get("url")), strings(wechat.get("data")));
  }

  private static Map<?, ?> section(Map<?, ?> map, String key) {
    Object value = map.get(key);
    return value == null ? Map.of() : (Map<?, ?>) value;
  }

  private static Map<String, String> strings(Object value) {
    Map<String, String> out = new LinkedHashMap<>();
    if (value != null) {
      ((Map<?, ?>) value).forEach((k, v) -> out.put(k.toString(), v == null ? "" : v.toString()));
    }
    return out;
  }

  private static String string(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
