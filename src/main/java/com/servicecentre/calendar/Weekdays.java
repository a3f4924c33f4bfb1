package com.servicecentre.calendar;

import java.time.DayOfWeek;
import java.util.Locale;

/** Weekdays as the API names them (MONDAY …) and as staff read them (周一 …). */
public final class Weekdays {

  private static final String[] LABELS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

  private Weekdays() {}

  public static String label(DayOfWeek day) {
    return LABELS[day.getValue() - 1];
  }

  /** MONDAY, monday or 周一; anything else is refused naming the field. */
  public static DayOfWeek parse(String text, String field) {
    String trimmed = text == null ? "" : text.trim();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(trimmed.toUpperCase(Locale.ROOT)) || label(day).equals(trimmed)) {
        return day;
      }
    }
    throw CalendarRefused.field(field, "星期", "\"" + trimmed + "\" 不是星期几（MONDAY … SUNDAY 或 周一 … 周日）");
  }
}
