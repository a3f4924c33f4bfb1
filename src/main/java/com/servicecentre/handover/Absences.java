package com.servicecentre.handover;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The absences (staff_absence). A state moves with one conditional UPDATE (planned → active → ended), which is how
 * a node claims the start or the end of an absence: on two nodes sharing the database exactly one gets the row.
 */
@Component
public class Absences {

  private static final String COLUMNS = "id, user_id, kind, starts_at, ends_at, deputy, note, entered_by, entered_at,"
      + " state, started_at, ended_at, ended_by";
  private static final RowMapper<Absence> ROW = Absences::absence;

  private final JdbcTemplate jdbc;

  public Absences(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(AbsenceRequest request, String enteredBy, LocalDateTime at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("INSERT INTO staff_absence (user_id, kind, starts_at, ends_at,"
          + " deputy, note, entered_by, entered_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'planned')",
          new String[] {"id"});
      statement.setString(1, request.userId());
      statement.setString(2, request.kind());
      statement.setTimestamp(3, Timestamp.valueOf(request.startsAt()));
      statement.setTimestamp(4, Timestamp.valueOf(request.endsAt()));
      statement.setString(5, request.deputy());
      statement.setString(6, request.note());
      statement.setString(7, enteredBy);
      statement.setTimestamp(8, Timestamp.valueOf(at));
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  public Optional<Absence> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM staff_absence WHERE id = ?", ROW, id).stream().findFirst();
  }

  /** The absences of these people (all when null), newest first. */
  public List<Absence> of(Collection<String> users, int max) {
    if (users != null && users.isEmpty()) {
      return List.of();
    }
    String where = users == null ? "" : " WHERE user_id IN (" + String.join(",", users.stream().map(u -> "?").toList())
        + ")";
    return jdbc.query("SELECT " + COLUMNS + " FROM staff_absence" + where + " ORDER BY starts_at DESC, id DESC",
        ROW, users == null ? new Object[0] : users.toArray()).stream().limit(max).toList();
  }

  /** Absences of this person not over or withdrawn that share some time with [from, to). */
  public List<Absence> overlapping(String user, LocalDateTime from, LocalDateTime to) {
    return jdbc.query("SELECT " + COLUMNS + " FROM staff_absence WHERE user_id = ? AND state IN ('planned', 'active')"
        + " AND starts_at < ? AND ends_at > ? ORDER BY starts_at", ROW, user, Timestamp.valueOf(to),
        Timestamp.valueOf(from));
  }

  /** The absence this person is on at this time, if any (whether or not its tasks have been moved yet). */
  public Optional<Absence> current(String user, LocalDateTime now) {
    Timestamp at = Timestamp.valueOf(now);
    return jdbc.query("SELECT " + COLUMNS + " FROM staff_absence WHERE user_id = ? AND state IN ('planned', 'active')"
        + " AND starts_at <= ? AND ends_at > ? ORDER BY starts_at, id", ROW, user, at, at).stream().findFirst();
  }

  /** Planned absences that have begun and not yet ended: their tasks are to be moved. */
  public List<Long> dueToStart(LocalDateTime now) {
    Timestamp at = Timestamp.valueOf(now);
    return jdbc.queryForList("SELECT id FROM staff_absence WHERE state = 'planned' AND starts_at <= ? AND ends_at > ?"
        + " ORDER BY starts_at, id", Long.class, at, at);
  }

  /** Absences whose time is over and that are not closed yet: their tasks are to come back. */
  public List<Long> dueToEnd(LocalDateTime now) {
    return jdbc.queryForList("SELECT id FROM staff_absence WHERE state IN ('planned', 'active') AND ends_at <= ?"
        + " ORDER BY ends_at, id", Long.class, Timestamp.valueOf(now));
  }

  /** Claims the start: true for the one node (and transaction) that moved the row from planned to active. */
  boolean claimStart(long id, LocalDateTime now) {
    return jdbc.update("UPDATE staff_absence SET state = 'active', started_at = ? WHERE id = ? AND state = 'planned'",
        Timestamp.valueOf(now), id) == 1;
  }

  /**
   * Claims the end: true for the one caller that closed the row. An absence that had not begun is withdrawn
   * (cancelled); one that was on is ended, at its planned end or earlier ({@code endsAt} moves to now).
   */
  boolean claimEnd(long id, LocalDateTime now, String by) {
    Timestamp at = Timestamp.valueOf(now);
    return jdbc.update("UPDATE staff_absence SET state = CASE WHEN starts_at > ? THEN 'cancelled' ELSE 'ended' END,"
        + " ends_at = CASE WHEN starts_at <= ? AND ends_at > ? THEN ? ELSE ends_at END, ended_at = ?, ended_by = ?"
        + " WHERE id = ? AND state IN ('planned', 'active')", at, at, at, at, at, by, id) == 1;
  }

  private static Absence absence(ResultSet row, int index) throws SQLException {
    return new Absence(row.getLong("id"), row.getString("user_id"), row.getString("kind"),
        local(row.getTimestamp("starts_at")), local(row.getTimestamp("ends_at")), row.getString("deputy"),
        row.getString("note"), row.getString("entered_by"), local(row.getTimestamp("entered_at")),
        row.getString("state"), local(row.getTimestamp("started_at")), local(row.getTimestamp("ended_at")),
        row.getString("ended_by"));
  }

  private static LocalDateTime local(Timestamp time) {
    return time == null ? null : time.toLocalDateTime();
  }
}
