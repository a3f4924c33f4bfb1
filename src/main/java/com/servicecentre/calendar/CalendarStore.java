package com.servicecentre.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The calendar tables (V5__working_calendars.sql): calendars, their weekday hours and their days. */
@Repository
public class CalendarStore {

  private final JdbcTemplate jdbc;

  public CalendarStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<String> names() {
    return jdbc.queryForList("SELECT name FROM working_calendar ORDER BY name", String.class);
  }

  public Optional<Long> version(String name) {
    return jdbc.queryForList("SELECT version FROM working_calendar WHERE name = ?", Long.class, name).stream()
        .findFirst();
  }

  /**
   * The calendar as stored. Its header (with the version) is read first: should a change commit between the
   * queries, the calendar carries the older version and is read again at the next call.
   */
  public Optional<StoredCalendar> find(String name) {
    record Header(String title, String zone, boolean statutoryDays, long version) {}
    List<Header> headers = jdbc.query(
        "SELECT title, time_zone, statutory_days, version FROM working_calendar WHERE name = ?",
        (rs, i) -> new Header(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4)), name);
    if (headers.isEmpty()) {
      return Optional.empty();
    }
    Header header = headers.get(0);
    WorkingCalendar calendar = new WorkingCalendar(name, ZoneId.of(header.zone()), hours(name), days(name));
    return Optional.of(new StoredCalendar(header.title(), header.statutoryDays(), header.version(), calendar));
  }

  private Map<DayOfWeek, DayHours> hours(String name) {
    Map<DayOfWeek, List<WorkingPeriod>> periods = new EnumMap<>(DayOfWeek.class);
    jdbc.query("SELECT day_of_week, starts_at, ends_at FROM working_calendar_hours WHERE calendar_name = ?",
        rs -> {
          DayOfWeek day = DayOfWeek.of(rs.getInt(1));
          String text = rs.getString(2) + "-" + rs.getString(3);
          periods.computeIfAbsent(day, d -> new ArrayList<>())
              .add(WorkingPeriod.parse(text, "hours." + day, Weekdays.label(day) + "工作时间"));
        }, name);
    Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
    periods.forEach((day, list) -> week.put(day, new DayHours(list)));
    return week;
  }

  private List<CalendarDay> days(String name) {
    return jdbc.query(
        "SELECT calendar_date, name, day_off FROM working_calendar_day WHERE calendar_name = ? ORDER BY calendar_date",
        (rs, i) -> new CalendarDay(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getBoolean(3)), name);
  }

  public void insertCalendar(CalendarSpec spec) {
    jdbc.update("INSERT INTO working_calendar (name, title, time_zone, statutory_days, version) VALUES (?, ?, ?, ?, 1)",
        spec.name(), spec.title(), spec.zone().getId(), spec.statutoryDays());
    spec.hours().forEach((day, hours) -> insertHours(spec.name(), day, hours));
  }

  /**
   * Locks the calendar's row until the transaction ends, so that changes to one calendar happen one after the
   * other, each seeing the one before. False if there is no such calendar.
   */
  public boolean lock(String name) {
    return !jdbc.queryForList("SELECT version FROM working_calendar WHERE name = ? FOR UPDATE", Long.class, name)
        .isEmpty();
  }

  /** Counts a change to the calendar: the next reader on any node reads it again. */
  public void countChange(String name) {
    jdbc.update("UPDATE working_calendar SET version = version + 1 WHERE name = ?", name);
  }

  public void replaceHours(String name, DayOfWeek day, DayHours hours) {
    jdbc.update("DELETE FROM working_calendar_hours WHERE calendar_name = ? AND day_of_week = ?", name,
        day.getValue());
    insertHours(name, day, hours);
  }

  private void insertHours(String name, DayOfWeek day, DayHours hours) {
    for (WorkingPeriod period : hours.periods()) {
      jdbc.update("INSERT INTO working_calendar_hours (calendar_name, day_of_week, starts_at, ends_at) VALUES (?, ?, ?, ?)",
          name, day.getValue(), WorkingPeriod.time(period.startMinute()), WorkingPeriod.time(period.endMinute()));
    }
  }

  public void insertDay(String name, CalendarDay day) {
    jdbc.update("INSERT INTO working_calendar_day (calendar_name, calendar_date, name, day_off) VALUES (?, ?, ?, ?)",
        name, day.date(), day.name(), day.off());
  }

  public void updateDay(String name, CalendarDay day) {
    jdbc.update("UPDATE working_calendar_day SET name = ?, day_off = ? WHERE calendar_name = ? AND calendar_date = ?",
        day.name(), day.off(), name, day.date());
  }

  public void deleteDay(String name, LocalDate date) {
    jdbc.update("DELETE FROM working_calendar_day WHERE calendar_name = ? AND calendar_date = ?", name, date);
  }

  /** Dates of statutory days the start-up added to the calendar before (see statutory_day_loaded). */
  public Set<LocalDate> statutoryDatesLoaded(String name) {
    return new HashSet<>(jdbc.queryForList(
        "SELECT calendar_date FROM statutory_day_loaded WHERE calendar_name = ?", LocalDate.class, name));
  }

  public void rememberStatutoryDateLoaded(String name, LocalDate date) {
    jdbc.update("INSERT INTO statutory_day_loaded (calendar_name, calendar_date) VALUES (?, ?)", name, date);
  }
}
