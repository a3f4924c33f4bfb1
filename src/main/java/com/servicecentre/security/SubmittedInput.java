package com.servicecentre.security;

import com.servicecentre.security.FormSpec.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks what a caller submitted with a start or a task completion against the form of that step: only the
 * form's editable fields are inputs, each within the limits the form declares. A read-only value sent back
 * unchanged (Tasklist sends every field it shows) is no input and is dropped, so nothing is rewritten and the
 * audit trail records only real changes. Anything else is a problem naming the field.
 */
public final class SubmittedInput {

  /** Limits for fields that declare none, within the register columns they end up in. */
  static final int TEXTFIELD_MAX_LENGTH = 255;
  static final int TEXTAREA_MAX_LENGTH = 2000;
  static final BigDecimal NUMBER_BOUND = new BigDecimal("1000000000");
  private static final int ECHO_LENGTH = 30;

  /** Decides whether a show/hide condition hides its field, given the form's data. */
  public interface Conditions {
    boolean hides(String condition, Map<String, Object> data);
  }

  /**
   * One wrong field: its key, what staff call it, what is wrong. {@code tampering}: the caller tried to set what
   * the form does not let them edit (as opposed to a value outside the form's limits).
   */
  public record Problem(String key, String label, String message, boolean tampering) {
    @Override
    public String toString() {
      return key + "(" + label + "): " + message;
    }
  }

  /** What may go into the process, what was dropped as unchanged, and what is wrong. */
  public record Outcome(Map<String, Object> accepted, List<String> dropped, List<Problem> problems) {}

  private SubmittedInput() {}

  public static Outcome check(FormSpec form, Map<String, Object> current, Map<String, Object> submitted,
      Conditions conditions) {
    Map<String, Object> accepted = new LinkedHashMap<>();
    List<String> dropped = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Object> data = new HashMap<>(current);
    data.putAll(submitted);

    for (Map.Entry<String, Object> entry : submitted.entrySet()) {
      String key = entry.getKey();
      Object value = entry.getValue();
      Field field = form.fields().get(key);
      if (field != null && field.editable()) {
        String wrong = wrongValue(field, value);
        if (wrong != null) {
          problems.add(new Problem(key, field.name(), wrong, false));
        } else {
          accepted.put(key, value);
        }
      } else if (sameValue(current.get(key), value)) {
        dropped.add(key);
      } else {
        problems.add(new Problem(key, field != null ? field.name() : key,
            field != null ? "只读，不可修改" : "不是此表单的输入项，不可提交", true));
      }
    }
    for (Field field : form.fields().values()) {
      if (field.editable() && field.required() && isBlank(submitted.get(field.key()))
          && !(field.hide() != null && conditions.hides(field.hide(), data))
          && problems.stream().noneMatch(p -> p.key().equals(field.key()))) {
        problems.add(new Problem(field.key(), field.name(), "必填", false));
      }
    }
    return new Outcome(accepted, dropped, problems);
  }

  /** Why this value does not fit the field, or null if it does. A blank value is "not entered". */
  static String wrongValue(Field field, Object value) {
    if (isBlank(value)) {
      return null;
    }
    return switch (field.type()) {
      case "number" -> wrongNumber(field, value);
      case "checkbox" -> value instanceof Boolean || "true".equals(value) || "false".equals(value)
          ? null : echo(value) + " 不是“是/否”";
      case "radio", "select" -> field.allowedValues() == null || field.allowedValues().contains(String.valueOf(value))
          ? null : "取值 " + echo(value) + " 不在可选项 " + field.allowedValues() + " 之中";
      case "datetime" -> wrongDate(field, value);
      case "textfield", "textarea" -> wrongText(field, value);
      // Multi-value inputs (checklist, taglist) are not used by our forms: refuse rather than guess.
      default -> "此类输入(" + field.type() + ")不受支持";
    };
  }

  private static String wrongText(Field field, Object value) {
    if (!(value instanceof String) && !(value instanceof Number)) {
      return "应为文字";
    }
    String text = value.toString();
    int max = field.maxLength() != null ? field.maxLength()
        : "textarea".equals(field.type()) ? TEXTAREA_MAX_LENGTH : TEXTFIELD_MAX_LENGTH;
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      return "最多 " + max + " 个字，现有 " + length + " 个";
    }
    if (field.minLength() != null && length < field.minLength()) {
      return "至少 " + field.minLength() + " 个字";
    }
    if (field.pattern() != null) {
      try {
        // form-js tests patterns like JavaScript's RegExp.test: anywhere in the value unless anchored.
        if (!Pattern.compile(field.pattern()).matcher(text).find()) {
          return echo(text) + " 格式不对";
        }
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("form field " + field.key() + " has an invalid pattern", e);
      }
    }
    if ("phone".equals(field.validationType()) && !text.matches("\\+?[0-9][0-9 -]{5,18}[0-9]")) {
      return echo(text) + " 不是电话号码";
    }
    if ("email".equals(field.validationType()) && !text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      return echo(text) + " 不是电子邮件地址";
    }
    return null;
  }

  private static String wrongNumber(Field field, Object value) {
    if (value instanceof Double d && d.isInfinite()) {
      return "数值超出范围";
    }
    BigDecimal number = number(value);
    if (number == null) {
      return echo(value) + " 不是数字";
    }
    BigDecimal max = field.max() != null ? field.max() : NUMBER_BOUND;
    BigDecimal min = field.min() != null ? field.min() : NUMBER_BOUND.negate();
    if (number.compareTo(max) > 0) {
      return "不能大于 " + max.toPlainString();
    }
    if (number.compareTo(min) < 0) {
      return "不能小于 " + min.toPlainString();
    }
    if (field.decimalDigits() != null && number.stripTrailingZeros().scale() > field.decimalDigits()) {
      return switch (field.decimalDigits()) {
        case 0 -> "必须是整数";
        case 2 -> "最多两位小数(分)";
        default -> "最多 " + field.decimalDigits() + " 位小数";
      };
    }
    return null;
  }

  private static String wrongDate(Field field, Object value) {
    if (value instanceof Date) {
      return null;
    }
    String text = value.toString().trim();
    try {
      if ("time".equals(field.subtype())) {
        LocalTime.parse(text.length() > 5 ? text.substring(0, 5) : text);
        return null;
      }
      LocalDate date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      if (date.getYear() < 1900 || date.getYear() > 2100) {
        return "日期 " + echo(text) + " 不合理";
      }
      return null;
    } catch (DateTimeParseException e) {
      return echo(text) + " 不是日期(YYYY-MM-DD)";
    }
  }

  /** Whether a submitted value is the value the case already holds, as Tasklist shows and sends it back. */
  static boolean sameValue(Object current, Object submitted) {
    if (isBlank(current) && isBlank(submitted)) {
      return true;
    }
    if (current == null || submitted == null) {
      return false;
    }
    if (current instanceof Number || submitted instanceof Number) {
      BigDecimal a = number(current);
      BigDecimal b = number(submitted);
      return a != null && b != null && a.compareTo(b) == 0;
    }
    if (current instanceof Date date) {
      Instant instant = instant(submitted);
      return instant != null && instant.getEpochSecond() == date.toInstant().getEpochSecond();
    }
    String shown = submitted.toString();
    return current.toString().equals(shown) || oneLine(current.toString()).equals(shown);
  }

  /** How a one-line field of form-js shows a text typed on several lines: each break or tab as a space. */
  private static String oneLine(String text) {
    return text.replace("\r\n", " ").replaceAll("[\r\n\t]", " ");
  }

  static BigDecimal number(Object value) {
    if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
      return null;
    }
    if (value instanceof Float f && (f.isNaN() || f.isInfinite())) {
      return null;
    }
    if (!(value instanceof Number) && !(value instanceof String)) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Instant instant(Object value) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    String text = value.toString().trim();
    for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))) {
      try {
        return OffsetDateTime.parse(text, format).toInstant();
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    return null;
  }

  static boolean isBlank(Object value) {
    return value == null || (value instanceof String s && s.isBlank());
  }

  private static String echo(Object value) {
    String text = String.valueOf(value);
    return "\"" + (text.length() > ECHO_LENGTH ? text.substring(0, ECHO_LENGTH) + "…" : text) + "\"";
  }
}
