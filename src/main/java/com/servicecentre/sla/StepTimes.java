package com.servicecentre.sla;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every timed step of every case as done (V8__working_time_registers.sql): the registers' per-step figures. */
@Repository
public class StepTimes {

  private final JdbcTemplate jdbc;

  public StepTimes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record StepTime(String caseNo, String processInstanceId, String processKey, String step, String taskId, String calendar,
      LocalDateTime startedAt, LocalDateTime dueAt, LocalDateTime doneAt, Long workingMinutes, long pausedMinutes,
      Long lateWorkingMinutes, Boolean onTime, String office) {}

  /** Once per task: a completion the engine retries writes nothing twice. */
  public void record(StepTime s) {
    com.servicecentre.common.InsertOnce.insert(jdbc, """
        INSERT INTO case_step_time (case_no, process_instance_id, process_key, step, task_id, calendar_name,
          started_at, due_at, done_at, working_minutes, paused_minutes, late_working_minutes, on_time, office)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        s.caseNo(), s.processInstanceId(), s.processKey(), s.step(), s.taskId(), s.calendar(), s.startedAt(), s.dueAt(), s.doneAt(),
        s.workingMinutes(), s.pausedMinutes(), s.lateWorkingMinutes(), s.onTime(), s.office());
  }

  /** The steps of one case, in the order they were done. */
  public List<Map<String, Object>> ofCase(String caseNo) {
    return jdbc.queryForList("SELECT * FROM case_step_time WHERE case_no = ? ORDER BY done_at, id", caseNo);
  }

  /**
   * Per process and step, the steps done in [from, to): how many had a due date, how many were on time, the average
   * working minutes they took and how late the late ones were, in working time.
   */
  public List<Map<String, Object>> onTimeFigures(String processKey, LocalDateTime from, LocalDateTime to) {
    return onTimeFigures(processKey, from, to, null);
  }

  /** The same figures for one office's cases (office null: every office's). */
  public List<Map<String, Object>> onTimeFigures(String processKey, LocalDateTime from, LocalDateTime to,
      String office) {
    return jdbc.queryForList("""
        SELECT step, COUNT(*) AS steps, SUM(CASE WHEN on_time THEN 1 ELSE 0 END) AS on_time,
          AVG(working_minutes) AS avg_working_minutes,
          AVG(CASE WHEN on_time THEN NULL ELSE late_working_minutes END) AS avg_late_working_minutes
        FROM case_step_time WHERE process_key = ? AND due_at IS NOT NULL AND done_at >= ? AND done_at < ?
          AND (? IS NULL OR office = ?)
        GROUP BY step ORDER BY step""", processKey, from, to, office, office);
  }
}
