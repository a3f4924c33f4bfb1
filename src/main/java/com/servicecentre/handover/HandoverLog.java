package com.servicecentre.handover;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * task_handover: each time a task changed hands for a reason outside its process — an absence (its start, a task
 * that came during it, its end) or a department head's reassignment — with who, why and when. Written in the
 * transaction that moved the task, so a move that fails leaves no row. The case's audit trail reads it.
 */
@Component
public class HandoverLog {

  public static final String ABSENCE_START = "absence-start";
  public static final String ABSENCE_NEW_TASK = "absence-new";
  public static final String ABSENCE_END = "absence-end";
  public static final String REASSIGNMENT = "reassignment";

  /** One move. {@code toGroups}: candidate groups the task was opened to (no deputy and no group of its own). */
  public record Handover(String processInstanceId, String taskId, String taskName, String fromUser, String toUser,
      String toGroups, String movedBy, String kind, Long absenceId, String reason, LocalDateTime movedAt) {}

  private final JdbcTemplate jdbc;

  public HandoverLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(Handover move) {
    jdbc.update("INSERT INTO task_handover (process_instance_id, task_id, task_name, from_user, to_user, to_groups,"
        + " moved_by, reason_kind, absence_id, reason, moved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        move.processInstanceId(), move.taskId(), cut(move.taskName(), 255), move.fromUser(), move.toUser(),
        cut(move.toGroups(), 500), move.movedBy(), move.kind(), move.absenceId(), cut(move.reason(), 1000),
        Timestamp.valueOf(move.movedAt()));
  }

  /** When a head last reassigned this task (null: never): a new reassignment needs a reason written since. */
  public LocalDateTime lastReassignment(String taskId) {
    Timestamp last = jdbc.queryForObject("SELECT MAX(moved_at) FROM task_handover WHERE task_id = ? AND reason_kind = ?",
        Timestamp.class, taskId, REASSIGNMENT);
    return last == null ? null : last.toLocalDateTime();
  }

  /** The moves of one case, in order. */
  public List<Handover> ofCase(String processInstanceId) {
    return jdbc.query("SELECT * FROM task_handover WHERE process_instance_id = ? ORDER BY id",
        (row, i) -> handover(row), processInstanceId);
  }

  /** The moves an absence made away from its person (start and new tasks), in order. */
  List<Handover> movedAwayBy(long absenceId) {
    return jdbc.query("SELECT * FROM task_handover WHERE absence_id = ? AND reason_kind IN (?, ?) ORDER BY id",
        (row, i) -> handover(row), absenceId, ABSENCE_START, ABSENCE_NEW_TASK);
  }

  /** How many tasks each absence moved and brought back, for the absence list. */
  public Map<String, Object> counts(long absenceId) {
    return jdbc.queryForMap("SELECT SUM(CASE WHEN reason_kind IN ('absence-start', 'absence-new') THEN 1 ELSE 0 END)"
        + " AS moved, SUM(CASE WHEN reason_kind = 'absence-end' THEN 1 ELSE 0 END) AS returned"
        + " FROM task_handover WHERE absence_id = ?", absenceId);
  }

  private static Handover handover(ResultSet row) throws SQLException {
    long absenceId = row.getLong("absence_id");
    Long absence = row.wasNull() ? null : absenceId;
    return new Handover(row.getString("process_instance_id"), row.getString("task_id"), row.getString("task_name"),
        row.getString("from_user"), row.getString("to_user"), row.getString("to_groups"), row.getString("moved_by"),
        row.getString("reason_kind"), absence, row.getString("reason"),
        row.getTimestamp("moved_at").toLocalDateTime());
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
