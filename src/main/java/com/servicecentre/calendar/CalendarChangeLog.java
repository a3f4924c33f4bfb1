package com.servicecentre.calendar;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.IsoTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who changed which calendar when, and what: the table calendar_change, written with each change. */
@Repository
public class CalendarChangeLog {

  /** Changes made by the start-up itself (calendars.yml, statutory days); no login can have this name. */
  public static final String START_UP = "系统启动";

  /** One change: subject is the date, weekday or calendar changed; before and after are null when not there. */
  public record Change(String time, String user, String calendar, String change, String subject, String before,
      String after) {}

  private static final int VALUE_LENGTH = 2000;

  private final JdbcTemplate jdbc;

  public CalendarChangeLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Written in the change's own transaction: a change that is refused or fails leaves no entry. */
  void record(String user, String calendar, String change, String subject, String before, String after) {
    jdbc.update("""
        INSERT INTO calendar_change (changed_at, changed_by, calendar_name, change_type, subject, old_value, new_value)
        VALUES (?, ?, ?, ?, ?, ?, ?)""", EngineClock.now(), user, calendar, change, subject, fitted(before),
        fitted(after));
  }

  /** Values are bounded by what they describe (12 periods a day, 100-character names); this only guards the column. */
  private static String fitted(String value) {
    return value == null || value.length() <= VALUE_LENGTH ? value : value.substring(0, VALUE_LENGTH - 1) + "…";
  }

  /** The changes of a calendar, the latest first (in the order they were made, whatever the engine's clock said). */
  public List<Change> of(String calendar, int max) {
    return jdbc.query("""
        SELECT changed_at, changed_by, calendar_name, change_type, subject, old_value, new_value FROM calendar_change
        WHERE calendar_name = ? ORDER BY id DESC""",
        rs -> {
          List<Change> changes = new ArrayList<>();
          while (rs.next() && changes.size() < max) {
            changes.add(new Change(IsoTime.of(rs.getTimestamp(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7)));
          }
          return changes;
        }, calendar);
  }
}
