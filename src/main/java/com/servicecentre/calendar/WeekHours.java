package com.servicecentre.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Working hours per weekday as entered: {"MONDAY": "08:30-12:00,13:30-17:30", …} (also 周一 …). */
public final class WeekHours {

  private WeekHours() {}

  /**
   * Reads the weekdays given; weekdays left out are not in the answer. One refusal names every wrong weekday
   * (hours.MONDAY(周一工作时间): …; hours.FRIDAY(周五工作时间): …).
   */
  public static Map<DayOfWeek, DayHours> parse(Map<String, ?> entered, String field) {
    Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, ?> entry : entered.entrySet()) {
      try {
        DayOfWeek day = Weekdays.parse(entry.getKey(), field);
        if (week.containsKey(day)) {
          throw CalendarRefused.field(field + "." + day, Weekdays.label(day) + "工作时间", "写了两次");
        }
        Object value = entry.getValue();
        week.put(day, DayHours.parse(value == null ? "" : value.toString(), field + "." + day,
            Weekdays.label(day) + "工作时间"));
      } catch (CalendarRefused e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new CalendarRefused(String.join("；", problems));
    }
    return week;
  }

  /** {"MONDAY": "08:30-12:00,13:30-17:30", …, "SUNDAY": ""}: every weekday, in order, as the API answers. */
  public static Map<String, String> asText(Map<DayOfWeek, DayHours> week) {
    Map<String, String> text = new java.util.LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      text.put(day.name(), week.getOrDefault(day, DayHours.NONE).toString());
    }
    return text;
  }
}
