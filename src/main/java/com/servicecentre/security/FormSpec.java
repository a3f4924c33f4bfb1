package com.servicecentre.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a Camunda Form (forms/*.form) lets a person enter: its fields by key, with the limits the form declares.
 * The server enforces the same limits the browser shows, so a caller who bypasses Tasklist gets no further.
 */
public record FormSpec(String id, Map<String, Field> fields) {

  /** Component types that show something but take no input. */
  private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "image", "spacer", "separator", "button",
      "iframe", "table", "documentPreview", "expression");

  /** One input of the form. {@code hide} is its show/hide condition (FEEL, without the leading "="), or null. */
  public record Field(String key, String label, String type, boolean editable, boolean required,
      BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength, String pattern, String validationType,
      List<String> allowedValues, String hide, Integer decimalDigits, String subtype) {

    /** The label staff see, else the key. */
    public String name() {
      return label == null || label.isBlank() ? key : label;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An empty form: nothing may be entered. */
  public static FormSpec none(String id) {
    return new FormSpec(id, Map.of());
  }

  public static FormSpec parse(byte[] formJson) {
    JsonNode root;
    try {
      root = JSON.readTree(formJson);
    } catch (IOException e) {
      throw new IllegalStateException("form is not valid JSON: " + e.getMessage(), e);
    }
    Map<String, Field> fields = new LinkedHashMap<>();
    Deque<JsonNode> components = new ArrayDeque<>();
    root.path("components").forEach(components::add);
    while (!components.isEmpty()) {
      JsonNode c = components.poll();
      c.path("components").forEach(components::add);
      String key = text(c, "key");
      String type = text(c, "type");
      if (key == null || type == null || DISPLAY_ONLY.contains(type)) {
        continue;
      }
      Field field = field(c, key, type);
      // A key shown read-only for reference and also offered as an input (e.g. a revised amount) is an input.
      Field known = fields.get(key);
      if (known == null || (!known.editable() && field.editable())) {
        fields.put(key, field);
      }
    }
    return new FormSpec(text(root, "id"), Map.copyOf(fields));
  }

  private static Field field(JsonNode c, String key, String type) {
    JsonNode validate = c.path("validate");
    // readonly may be a FEEL expression; anything but an explicit false keeps the field out of the caller's reach.
    boolean readonly = c.has("readonly") && !(c.get("readonly").isBoolean() && !c.get("readonly").asBoolean());
    boolean disabled = c.path("disabled").asBoolean(false);
    List<String> allowed = null;
    if (c.has("values") && c.get("values").isArray()) {
      allowed = new ArrayList<>();
      for (JsonNode v : c.get("values")) {
        allowed.add(v.path("value").asText());
      }
    }
    String hide = text(c.path("conditional"), "hide");
    if (hide != null && hide.startsWith("=")) {
      hide = hide.substring(1);
    }
    // A date picker carries its label as dateLabel.
    String label = text(c, "label") != null ? text(c, "label") : text(c, "dateLabel");
    return new Field(key, label, type, !readonly && !disabled, validate.path("required").asBoolean(false),
        decimal(validate, "min"), decimal(validate, "max"), integer(validate, "minLength"),
        integer(validate, "maxLength"), text(validate, "pattern"), text(validate, "validationType"), allowed, hide,
        c.has("decimalDigits") ? c.get("decimalDigits").asInt() : null, text(c, "subtype"));
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
  }

  private static BigDecimal decimal(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || !value.isNumber() ? null : value.decimalValue();
  }

  private static Integer integer(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || !value.isNumber() ? null : value.asInt();
  }
}
