package com.servicecentre.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A working-time calendar and the time limits the service centre speaks in, counted on it. Immutable and free of
 * the engine: the same calculation serves timers, due dates and on-time figures.
 *
 * <p>A date's working hours are, in this order: none if the date is a recorded day off (放假); the make-up day
 * hours if it is a recorded make-up working day (调休上班); otherwise the hours of its weekday. Hours are read in
 * the calendar's time zone (Asia/Shanghai unless the calendar says otherwise), never the server's.
 *
 * <p>Every limit ends at an instant; "the end of a working day" is the end of that day's last working period
 * (17:30 in office hours, midnight at the end of the day round the clock).
 */
public final class WorkingCalendar {

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  /**
   * A make-up working day (调休上班) is worked with Monday's hours: the State Council's notices make a Saturday or
   * Sunday an ordinary working day, and Monday is the first ordinary one. A calendar without work on Monday takes
   * the next weekday after it that has hours.
   */
  static final DayOfWeek MAKE_UP_DAY_HOURS_OF = DayOfWeek.MONDAY;

  /** A calendar without a minute of work for this many days in a row cannot end a limit: it is refused. */
  private static final int MAX_DAYS_WITHOUT_WORK = 3 * 366;

  private final String name;
  private final ZoneId zone;
  private final Map<DayOfWeek, DayHours> week;
  private final NavigableMap<LocalDate, CalendarDay> days;
  private final DayHours makeUpDayHours;

  /**
   * @param week hours per weekday; a weekday left out has no work. At least one weekday must have hours.
   * @param days days off and make-up working days, each date at most once
   */
  public WorkingCalendar(String name, ZoneId zone, Map<DayOfWeek, DayHours> week, Collection<CalendarDay> days) {
    if (name == null || name.isBlank()) {
      throw CalendarRefused.field("name", "日历名称", "必填");
    }
    this.name = name;
    this.zone = zone == null ? DEFAULT_ZONE : zone;
    EnumMap<DayOfWeek, DayHours> hours = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      hours.put(day, week.getOrDefault(day, DayHours.NONE));
    }
    this.week = Collections.unmodifiableMap(hours);
    this.makeUpDayHours = makeUpDayHours(hours);
    if (makeUpDayHours.isEmpty()) {
      throw CalendarRefused.field("hours", "工作时间", "每天都没有工作时间，无法计算期限");
    }
    TreeMap<LocalDate, CalendarDay> byDate = new TreeMap<>();
    for (CalendarDay day : days) {
      if (byDate.put(day.date(), day) != null) {
        throw CalendarRefused.field("date", "日期", day.date() + " 出现了两次");
      }
    }
    this.days = Collections.unmodifiableNavigableMap(byDate);
  }

  private static DayHours makeUpDayHours(Map<DayOfWeek, DayHours> week) {
    for (int i = 0; i < 7; i++) {
      DayHours hours = week.get(MAKE_UP_DAY_HOURS_OF.plus(i));
      if (!hours.isEmpty()) {
        return hours;
      }
    }
    return DayHours.NONE;
  }

  public String name() {
    return name;
  }

  public ZoneId zone() {
    return zone;
  }

  /** Hours per weekday, all seven present (a day without work has {@link DayHours#NONE}). */
  public Map<DayOfWeek, DayHours> week() {
    return week;
  }

  /** The hours a make-up working day is worked with (see {@link #MAKE_UP_DAY_HOURS_OF}). */
  public DayHours makeUpDayHours() {
    return makeUpDayHours;
  }

  /** Every recorded day off and make-up working day, by date. */
  public NavigableMap<LocalDate, CalendarDay> days() {
    return days;
  }

  public List<CalendarDay> daysOf(int year) {
    return List.copyOf(days.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
  }

  public Optional<CalendarDay> day(LocalDate date) {
    return Optional.ofNullable(days.get(date));
  }

  public DayHours hoursOn(LocalDate date) {
    CalendarDay day = days.get(date);
    if (day != null) {
      return day.off() ? DayHours.NONE : makeUpDayHours;
    }
    return week.get(date.getDayOfWeek());
  }

  public boolean isWorkingDay(LocalDate date) {
    return !hoursOn(date).isEmpty();
  }

  /** Whether the instant lies within a working period. */
  public boolean isWorkingTime(Instant instant) {
    LocalDate date = LocalDate.ofInstant(instant, zone);
    return spansOn(date).stream().anyMatch(s -> !s.from().isAfter(instant) && s.to().isAfter(instant));
  }

  /** The instant itself if it lies in working time, otherwise the start of the next working period. */
  public Instant nextWorkingMoment(Instant instant) {
    Instant[] found = {null};
    walk(instant, span -> {
      found[0] = span.from();
      return false;
    });
    return found[0];
  }

  /**
   * N working hours (or minutes): the earliest instant by which {@code limit} of working time has passed since
   * {@code start}. A limit that ends exactly where a working period ends is due then (Friday 15:30 + 2 h = Friday
   * 17:30, not Monday 08:30). A start outside working hours begins counting at the next working period. A zero
   * limit is due at the start.
   */
  public Instant plusWorkingTime(Instant start, Duration limit) {
    return plusWorkingTime(start, limit, List.of());
  }

  /** {@link #plusWorkingTime(Instant, Duration)} with the hours as a number (1.5 = 90 minutes, to the minute). */
  public Instant plusWorkingHours(Instant start, Number hours) {
    if (hours == null || !(hours.doubleValue() >= 0)) {
      throw CalendarRefused.field("hours", "工作小时数", "须为不小于 0 的数，而不是 " + hours);
    }
    return plusWorkingTime(start, Duration.ofMinutes(Math.round(hours.doubleValue() * 60)));
  }

  /**
   * N working hours with the clock stopped during the pauses: the earliest instant by which {@code limit} of
   * working time outside every pause has passed since {@code start}. A pause moves the due date by the working
   * time it covers; the parts of a pause outside working hours, before the start or after the due date move
   * nothing. Pauses may overlap each other.
   */
  public Instant plusWorkingTime(Instant start, Duration limit, Collection<TimeSpan> pauses) {
    Objects.requireNonNull(start, "start");
    if (limit == null || limit.isNegative()) {
      throw CalendarRefused.field("limit", "时限", "须为不小于 0 的时长，而不是 " + limit);
    }
    if (limit.isZero()) {
      return start;
    }
    List<TimeSpan> paused = TimeSpan.merged(pauses);
    Duration[] remaining = {limit};
    Instant[] due = {null};
    walk(start, span -> {
      for (TimeSpan piece : span.minus(paused)) {
        Duration length = piece.length();
        if (remaining[0].compareTo(length) <= 0) {
          due[0] = piece.from().plus(remaining[0]);
          return false;
        }
        remaining[0] = remaining[0].minus(length);
      }
      return true;
    });
    return due[0];
  }

  /**
   * Due at the end of the Nth working day, counting the start's own day as the first when it is a working day
   * and the start lies before the end of its working hours (in office hours: Monday 17:29 counts Monday, Monday
   * 17:30 does not); otherwise the first is the next working day. n = 1 is "by the end of today's work".
   */
  public Instant endOfNthWorkingDay(Instant start, int n) {
    requireAtLeastOne(n);
    LocalDate date = LocalDate.ofInstant(start, zone);
    LocalDate day = isWorkingDay(date) && start.isBefore(endOf(date)) ? date : nextWorkingDayAfter(date);
    for (int i = 1; i < n; i++) {
      day = nextWorkingDayAfter(day);
    }
    return endOf(day);
  }

  /**
   * Within N working days (N个工作日内, 大修不过三): due at the end of the Nth working day after the start's own day,
   * which is not counted, as the Civil Code counts periods of days (民法典第二百零一条: 开始的当日不计入). Monday
   * 10:00 within 3 working days is due Thursday at the end of work.
   */
  public Instant withinWorkingDays(Instant start, int n) {
    requireAtLeastOne(n);
    LocalDate day = nextWorkingDayAfter(LocalDate.ofInstant(start, zone));
    for (int i = 1; i < n; i++) {
      day = nextWorkingDayAfter(day);
    }
    return endOf(day);
  }

  /**
   * Before the end of today's working day, or of the next working day if reported after the cut-off (小修不过夜):
   * due at the end of the start's own day when that is a working day, the start lies before the end of its working
   * hours and, if a cut-off is given, before the cut-off (local time); otherwise at the end of the next working
   * day. Without a cut-off, the end of the working day is the cut-off. A start on a day without work (weekend,
   * holiday) is due at the end of the next working day.
   */
  public Instant endOfWorkingDayOrNext(Instant start, LocalTime cutOff) {
    LocalDate date = LocalDate.ofInstant(start, zone);
    boolean today = isWorkingDay(date) && start.isBefore(endOf(date))
        && (cutOff == null || LocalTime.ofInstant(start, zone).isBefore(cutOff));
    return endOf(today ? date : nextWorkingDayAfter(date));
  }

  /**
   * Working time between two instants, for on-time figures (how much working time a step took, how late it
   * was). Negative when {@code to} lies before {@code from}.
   */
  public Duration workingTimeBetween(Instant from, Instant to) {
    return workingTimeBetween(from, to, List.of());
  }

  /** Working time between two instants outside every pause: the time the service-level clock ran. */
  public Duration workingTimeBetween(Instant from, Instant to, Collection<TimeSpan> pauses) {
    if (to.isBefore(from)) {
      return workingTimeBetween(to, from, pauses).negated();
    }
    List<TimeSpan> paused = TimeSpan.merged(pauses);
    Duration[] total = {Duration.ZERO};
    walk(from, span -> {
      if (!span.from().isBefore(to)) {
        return false;
      }
      TimeSpan clipped = span.to().isAfter(to) ? new TimeSpan(span.from(), to) : span;
      for (TimeSpan piece : clipped.minus(paused)) {
        total[0] = total[0].plus(piece.length());
      }
      return true;
    });
    return total[0];
  }

  /** The working time the pauses cover between two instants: the paused time a register records. */
  public Duration pausedWorkingTime(Instant from, Instant to, Collection<TimeSpan> pauses) {
    return workingTimeBetween(from, to).minus(workingTimeBetween(from, to, pauses));
  }

  /**
   * A due date moved by the pauses, for limits of any kind (working days, 小修不过夜 …): the earliest instant at or
   * after {@code due} by which as much unpaused working time has passed since {@code start} as working time lies
   * between {@code start} and {@code due}. Pauses that cover no working time before the due date move nothing.
   */
  public Instant movedByPauses(Instant start, Instant due, Collection<TimeSpan> pauses) {
    if (pauses.isEmpty() || !due.isAfter(start)) {
      return due;
    }
    Duration missing = pausedWorkingTime(start, due, pauses);
    return missing.isZero() ? due : plusWorkingTime(due, missing, pauses);
  }

  /** The next date after the given one that has working hours. */
  public LocalDate nextWorkingDayAfter(LocalDate date) {
    LocalDate day = date.plusDays(1);
    for (int i = 0; !isWorkingDay(day); i++) {
      if (i > MAX_DAYS_WITHOUT_WORK) {
        throw noWorkAfter(date);
      }
      day = day.plusDays(1);
    }
    return day;
  }

  /** The end of a working day's last period; a date without work is refused. */
  public Instant endOf(LocalDate workingDay) {
    DayHours hours = hoursOn(workingDay);
    if (hours.isEmpty()) {
      throw CalendarRefused.field("date", "日期", workingDay + " 在工作日历 " + name + " 中不是工作日");
    }
    return instantAt(workingDay, hours.endMinute());
  }

  /** The working periods of a date as instants (none on a day without work). */
  public List<TimeSpan> spansOn(LocalDate date) {
    List<TimeSpan> spans = new ArrayList<>();
    for (WorkingPeriod period : hoursOn(date).periods()) {
      spans.add(new TimeSpan(instantAt(date, period.startMinute()), instantAt(date, period.endMinute())));
    }
    return spans;
  }

  /**
   * Calls the visitor with each working span from {@code start} on, in order (the first cut to begin at the
   * start), until it answers false.
   */
  private void walk(Instant start, Predicate<TimeSpan> visitor) {
    LocalDate date = LocalDate.ofInstant(start, zone);
    int daysWithoutWork = 0;
    while (true) {
      List<TimeSpan> spans = spansOn(date);
      daysWithoutWork = spans.isEmpty() ? daysWithoutWork + 1 : 0;
      if (daysWithoutWork > MAX_DAYS_WITHOUT_WORK) {
        throw noWorkAfter(LocalDate.ofInstant(start, zone));
      }
      for (TimeSpan span : spans) {
        if (!span.to().isAfter(start)) {
          continue;
        }
        if (!visitor.test(span.from().isBefore(start) ? new TimeSpan(start, span.to()) : span)) {
          return;
        }
      }
      date = date.plusDays(1);
    }
  }

  /** Minute of a date in this calendar's zone; a time a daylight-saving change skips moves forward. */
  private Instant instantAt(LocalDate date, int minute) {
    if (minute == WorkingPeriod.END_OF_DAY) {
      return date.plusDays(1).atStartOfDay(zone).toInstant();
    }
    return ZonedDateTime.of(date, LocalTime.of(minute / 60, minute % 60), zone).toInstant();
  }

  private CalendarRefused noWorkAfter(LocalDate date) {
    return new CalendarRefused("工作日历 " + name + " 在 " + date + " 之后三年内没有工作时间，无法计算期限");
  }

  private static void requireAtLeastOne(int n) {
    if (n < 1) {
      throw CalendarRefused.field("days", "工作日数", "须至少为 1，而不是 " + n);
    }
  }

  @Override
  public String toString() {
    return "WorkingCalendar[" + name + ", " + zone + ", " + days.size() + " days]";
  }
}
