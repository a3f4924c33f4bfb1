package com.servicecentre.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The changes made to calendars, by managers or by the start-up. Each is checked first and written in one
 * transaction together with its entry in the change log: a refused change leaves nothing behind, and two changes
 * to one calendar happen one after the other.
 */
@Service
public class CalendarChanges {

  private final CalendarStore store;
  private final CalendarChangeLog log;
  private final CalendarsFile file;
  private final TransactionTemplate transaction;

  public CalendarChanges(CalendarStore store, CalendarChangeLog log, CalendarsFile file,
      PlatformTransactionManager transactions) {
    this.store = store;
    this.log = log;
    this.file = file;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Adds a calendar; one that follows the statutory days gets those of the statutory days files at once. */
  public void addCalendar(String user, CalendarSpec spec) {
    try {
      transaction.executeWithoutResult(status -> {
        if (store.version(spec.name()).isPresent()) {
          throw alreadyThere(spec.name());
        }
        store.insertCalendar(spec);
        log.record(user, spec.name(), "add-calendar", spec.name(), null, spec.title() + "，时区 " + spec.zone().getId()
            + (spec.statutoryDays() ? "，按法定节假日" : "，不按法定节假日") + "，工作时间 " + WeekHours.asText(spec.hours()));
        if (spec.statutoryDays()) {
          addStatutoryDaysIn(user, spec.name());
        }
      });
    } catch (DuplicateKeyException addedMeanwhile) {
      throw alreadyThere(spec.name());
    }
  }

  private static CalendarRefused alreadyThere(String name) {
    return CalendarRefused.field("name", "日历名称", "已有名为 " + name + " 的工作日历");
  }

  /**
   * Adds the days of the statutory days files the calendar has not been given before. A date the calendar already
   * has a day for keeps it (a manager's entry wins); a day a manager removed is not added again.
   */
  public int addStatutoryDays(String user, String calendar) {
    Integer added = transaction.execute(status -> {
      lock(calendar);
      return addStatutoryDaysIn(user, calendar);
    });
    return added == null ? 0 : added;
  }

  private int addStatutoryDaysIn(String user, String calendar) {
    Set<LocalDate> loaded = store.statutoryDatesLoaded(calendar);
    Set<LocalDate> present = store.find(calendar).orElseThrow().calendar().days().keySet();
    int total = 0;
    for (CalendarsFile.StatutoryDaysSource source : file.statutoryDays()) {
      int added = 0;
      for (CalendarDay day : source.days()) {
        if (!loaded.add(day.date())) {
          continue;
        }
        if (!present.contains(day.date())) {
          store.insertDay(calendar, day);
          added++;
        }
        store.rememberStatutoryDateLoaded(calendar, day.date());
      }
      if (added > 0) {
        log.record(user, calendar, "add-statutory-days", source.file(), null, "添加 " + added + " 天");
        total += added;
      }
    }
    if (total > 0) {
      store.countChange(calendar);
    }
    return total;
  }

  /** Adds a day off or a make-up working day; a date the calendar already has is refused (change it instead). */
  public CalendarDay addDay(String user, String calendar, CalendarDay day) {
    return transaction.execute(status -> {
      WorkingCalendar current = lock(calendar);
      current.day(day.date()).ifPresent(existing -> {
        throw CalendarRefused.field("date", "日期", "工作日历 " + calendar + " 已有 " + day.date() + "（"
            + describe(existing) + "）；要改请修改这一天，或先删除");
      });
      store.insertDay(calendar, day);
      store.countChange(calendar);
      log.record(user, calendar, "add-day", day.date().toString(), null, describe(day));
      return day;
    });
  }

  public CalendarDay changeDay(String user, String calendar, CalendarDay day) {
    return transaction.execute(status -> {
      WorkingCalendar current = lock(calendar);
      CalendarDay before = current.day(day.date()).orElseThrow(() -> new UnknownDay(calendar, day.date()));
      if (!before.equals(day)) {
        store.updateDay(calendar, day);
        store.countChange(calendar);
        log.record(user, calendar, "change-day", day.date().toString(), describe(before), describe(day));
      }
      return day;
    });
  }

  public CalendarDay removeDay(String user, String calendar, LocalDate date) {
    return transaction.execute(status -> {
      WorkingCalendar current = lock(calendar);
      CalendarDay before = current.day(date).orElseThrow(() -> new UnknownDay(calendar, date));
      store.deleteDay(calendar, date);
      store.countChange(calendar);
      log.record(user, calendar, "remove-day", date.toString(), describe(before), null);
      return before;
    });
  }

  /**
   * Changes the hours of the weekdays given (the others stay as they are). The calendar must keep at least one
   * weekday with work; weekdays whose hours do not change are not logged.
   */
  public void changeHours(String user, String calendar, Map<DayOfWeek, DayHours> hours) {
    transaction.executeWithoutResult(status -> {
      WorkingCalendar current = lock(calendar);
      Map<DayOfWeek, DayHours> week = new EnumMap<>(current.week());
      week.putAll(hours);
      new WorkingCalendar(calendar, current.zone(), week, current.days().values());
      hours.forEach((day, changed) -> {
        DayHours before = current.week().get(day);
        if (!before.equals(changed)) {
          store.replaceHours(calendar, day, changed);
          store.countChange(calendar);
          log.record(user, calendar, "change-hours", Weekdays.label(day), text(before), text(changed));
        }
      });
    });
  }

  /** Locks the calendar until the transaction ends, then reads it as it is. */
  private WorkingCalendar lock(String calendar) {
    if (!store.lock(calendar)) {
      throw new UnknownCalendar(calendar, store.names());
    }
    return store.find(calendar).orElseThrow().calendar();
  }

  private static String describe(CalendarDay day) {
    return day.kind() + " " + day.name();
  }

  private static String text(DayHours hours) {
    return hours.isEmpty() ? "休息" : hours.toString();
  }
}
