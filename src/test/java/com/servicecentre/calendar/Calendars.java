package com.servicecentre.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The shipped calendars built without the application, and times written as Beijing time, for the tests. */
public final class Calendars {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String STATUTORY_FILE = "calendars/cn-statutory-2025-2026.csv";

  private Calendars() {}

  /** 客服中心/财务/设计: 08:30–12:00 and 13:30–17:30 Monday to Friday, with China's statutory days. */
  static WorkingCalendar office() {
    return new WorkingCalendar("office-hours", SHANGHAI, weekdays("08:30-12:00,13:30-17:30"), statutoryDays());
  }

  /** 工程值班: round the clock, every day, holidays included. */
  static WorkingCalendar duty() {
    Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      week.put(day, DayHours.ROUND_THE_CLOCK);
    }
    return new WorkingCalendar("duty-24h", SHANGHAI, week, List.of());
  }

  static Map<DayOfWeek, DayHours> weekdays(String hours) {
    Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY)) {
      week.put(day, DayHours.parse(hours, "hours", "工作时间"));
    }
    return week;
  }

  public static List<CalendarDay> statutoryDays() {
    return StatutoryDaysFile.parse(STATUTORY_FILE, statutoryFileText());
  }

  static String statutoryFileText() {
    try (InputStream in = Calendars.class.getClassLoader().getResourceAsStream(STATUTORY_FILE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "2026-02-13T17:00" in Beijing time. */
  public static Instant at(String beijingTime) {
    return LocalDateTime.parse(beijingTime).atZone(SHANGHAI).toInstant();
  }

  /** An instant as Beijing time, "2026-02-14T10:00", for assertions that read like the issue. */
  static String beijing(Instant instant) {
    return LocalDateTime.ofInstant(instant, SHANGHAI).toString();
  }
}
