package com.servicecentre.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Calendars that follow China's statutory days but lack a year's days off. The State Council publishes the next
 * year's days in November or December; without them, every holiday of that year would count as a working day. A
 * year is missing when the calendar has no day off in it: the current year always, the next one from 1 December
 * (in the calendar's zone) on.
 */
@Component
public class MissingStatutoryYears {

  /** A calendar without the statutory days of a year, with the sentence the API and the page show. */
  public record Missing(String calendar, String title, int year) {

    public String message() {
      return "工作日历 " + calendar + "（" + title + "）还没有 " + year + " 年的法定节假日：国务院办公厅公布 " + year
          + " 年的放假安排后，请在工作日历页面添加放假和调休上班日，否则 " + year + " 年的节假日会按工作日计算期限。";
    }
  }

  private final WorkingCalendars calendars;

  public MissingStatutoryYears(WorkingCalendars calendars) {
    this.calendars = calendars;
  }

  /** What is missing now, by the engine's clock (which tests move). */
  public List<Missing> now() {
    return at(ClockUtil.getCurrentTime().toInstant());
  }

  public List<Missing> at(Instant now) {
    List<Missing> missing = new ArrayList<>();
    for (StoredCalendar stored : calendars.all()) {
      if (stored.statutoryDays()) {
        LocalDate today = LocalDate.ofInstant(now, stored.calendar().zone());
        for (int year : missingYears(stored.calendar(), today)) {
          missing.add(new Missing(stored.name(), stored.title(), year));
        }
      }
    }
    return missing;
  }

  /** The years whose days off the calendar lacks, as of a date. */
  static List<Integer> missingYears(WorkingCalendar calendar, LocalDate today) {
    List<Integer> years = new ArrayList<>();
    if (!hasDayOffIn(calendar, today.getYear())) {
      years.add(today.getYear());
    }
    if (today.getMonth() == Month.DECEMBER && !hasDayOffIn(calendar, today.getYear() + 1)) {
      years.add(today.getYear() + 1);
    }
    return years;
  }

  private static boolean hasDayOffIn(WorkingCalendar calendar, int year) {
    return calendar.daysOf(year).stream().anyMatch(CalendarDay::off);
  }
}
