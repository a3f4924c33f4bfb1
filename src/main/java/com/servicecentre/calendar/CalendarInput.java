package com.servicecentre.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Dates and time zones as entered (API, page, files), refused with a message that names the field. */
public final class CalendarInput {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  private CalendarInput() {}

  /** A year to show (2000 to 2100). */
  public static int year(int year, String field) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw CalendarRefused.field(field, "年份", "只收 " + FIRST_YEAR + " 到 " + LAST_YEAR + " 年，而不是 " + year);
    }
    return year;
  }

  /** An ISO date (2026-10-01). 2026-02-30 is refused as a date that does not exist, not silently moved. */
  public static LocalDate date(String text, String field, String label) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.isEmpty()) {
      throw CalendarRefused.field(field, label, "必填，格式如 2026-10-01");
    }
    if (!trimmed.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw CalendarRefused.field(field, label, "\"" + shortened(trimmed) + "\" 不是 2026-10-01 这样的日期");
    }
    LocalDate date;
    try {
      // ISO_LOCAL_DATE resolves strictly: February 30th is an error, not March 2nd.
      date = LocalDate.parse(trimmed);
    } catch (DateTimeParseException e) {
      throw CalendarRefused.field(field, label, trimmed + " 这一天不存在");
    }
    // A year outside these is a typing error (2206 for 2026), not a calendar anyone plans.
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw CalendarRefused.field(field, label, "只收 " + FIRST_YEAR + " 到 " + LAST_YEAR + " 年的日期，而不是 " + trimmed);
    }
    return date;
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
