package com.servicecentre.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Dates and time zones as entered (API, page, files), refused with a message that names the field. */
public final class CalendarInput {

  private CalendarInput() {}

  /** An ISO date (2026-10-01). 2026-02-30 is refused as a date that does not exist, not silently moved. */
  public static LocalDate date(String text, String field, String label) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.isEmpty()) {
      throw CalendarRefused.field(field, label, "必填，格式如 2026-10-01");
    }
    if (!trimmed.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw CalendarRefused.field(field, label, "\"" + shortened(trimmed) + "\" 不是 2026-10-01 这样的日期");
    }
    try {
      // ISO_LOCAL_DATE resolves strictly: February 30th is an error, not March 2nd.
      return LocalDate.parse(trimmed);
    } catch (DateTimeParseException e) {
      throw CalendarRefused.field(field, label, trimmed + " 这一天不存在");
    }
  }

  /** A region time zone such as Asia/Shanghai; empty means Asia/Shanghai. */
  public static ZoneId zone(String text, String field, String label) {
    if (text == null || text.isBlank()) {
      return WorkingCalendar.DEFAULT_ZONE;
    }
    try {
      return ZoneId.of(text.trim());
    } catch (DateTimeException e) {
      throw CalendarRefused.field(field, label, "\"" + shortened(text.trim()) + "\" 不是时区（如 Asia/Shanghai）");
    }
  }

  static String shortened(String text) {
    return text.length() > 30 ? text.substring(0, 30) + "…" : text;
  }
}
