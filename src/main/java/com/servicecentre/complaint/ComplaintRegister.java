package com.servicecentre.complaint;

import com.servicecentre.common.SingleRowUpdate;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The complaint register (客户投诉登记表), from which the monthly complaint statistics (投诉统计) are read. */
@Repository
public class ComplaintRegister {

  private final JdbcTemplate jdbc;

  public ComplaintRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void register(String complaintNo, Complaint c, String processInstanceId, String office, String receivedBy,
      LocalDateTime receivedAt) {
    jdbc.update("""
        INSERT INTO complaint_register (complaint_no, process_instance_id, complainant_name, unit, phone, channel,
          category, severity, description, received_at, received_by, settled_at_intake, reply_declined,
          return_visit_wanted, status, office)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)""",
        complaintNo, processInstanceId, c.complainantName(), c.unit(), c.phone(), c.channel(), c.category(),
        c.severity(), c.description(), receivedAt, receivedBy, c.settledAtIntake(), c.replyDeclined(),
        c.returnVisitWanted(), office);
  }

  /** 调查核实: who investigated, when, what they found, and the department the routing table proposed. */
  public void recordInvestigation(String complaintNo, String investigatedBy, LocalDateTime at, String findings,
      String proposedGroup) {
    update("""
        UPDATE complaint_register SET investigated_by = ?, investigated_at = ?, findings = ?, proposed_group = ?
        WHERE complaint_no = ?""", investigatedBy, at, findings, proposedGroup, complaintNo);
  }

  /** The supervisor's decision: the responsible department (the proposal or another) and the fix. */
  public void recordDecision(String complaintNo, String decidedBy, String responsibleGroup, String fix) {
    update("UPDATE complaint_register SET decided_by = ?, responsible_group = ?, decided_fix = ? WHERE complaint_no = ?",
        decidedBy, responsibleGroup, fix, complaintNo);
  }

  public void recordHandling(String complaintNo, String handler, String resolution, LocalDateTime handledAt,
      LocalDateTime due, boolean onTime) {
    update("""
        UPDATE complaint_register SET handler = ?, resolution = ?, resolution_due = ?, resolved_on_time = ?,
          handling_minutes = ? WHERE complaint_no = ?""",
        handler, resolution, due, onTime, minutesSinceReceipt(complaintNo, handledAt), complaintNo);
  }

  public void recordEscalation(String complaintNo, String escalatedTo) {
    update("UPDATE complaint_register SET escalation = ? WHERE complaint_no = ?", escalatedTo, complaintNo);
  }

  public void recordReopening(String complaintNo, int reopenCount) {
    update("UPDATE complaint_register SET reopen_count = ?, satisfaction = 'dissatisfied' WHERE complaint_no = ?",
        reopenCount, complaintNo);
  }

  /**
   * 结案归档. A complaint settled at intake has its clerk as handler; it was visited only when the complainant asked.
   * {@code visitBy}: the group that made the return visit, null when there was none.
   */
  public void close(String complaintNo, String responsibleGroup, Boolean importantEvent, String satisfaction,
      String intakeHandler, String intakeResolution, String visitBy, LocalDateTime closedAt) {
    long minutes = minutesSinceReceipt(complaintNo, closedAt);
    update("""
        UPDATE complaint_register SET status = 'closed', responsible_group = ?, important_event = ?,
          satisfaction = ?, closed_at = ?, total_minutes = ?, visit_by = ?,
          handler = COALESCE(handler, ?), resolution = COALESCE(resolution, ?),
          handling_minutes = COALESCE(handling_minutes, ?), resolved_on_time = COALESCE(resolved_on_time, TRUE)
        WHERE complaint_no = ?""",
        responsibleGroup, importantEvent, satisfaction, closedAt, minutes, visitBy, intakeHandler, intakeResolution,
        minutes,
        complaintNo);
  }

  public Map<String, Object> find(String complaintNo) {
    return jdbc.queryForMap("SELECT * FROM complaint_register WHERE complaint_no = ?", complaintNo);
  }

  /** 投诉统计 for one month of closed complaints, per category. */
  public List<Map<String, Object>> monthlyReport(YearMonth month) {
    return monthlyReport(month, null);
  }

  /** The month's report of one office's complaints (null: of every office). */
  public List<Map<String, Object>> monthlyReport(YearMonth month, String office) {
    return jdbc.queryForList("""
        SELECT category,
          COUNT(*) AS complaints,
          SUM(CASE WHEN settled_at_intake THEN 1 ELSE 0 END) AS settled_at_intake,
          SUM(CASE WHEN resolved_on_time THEN 1 ELSE 0 END) AS resolved_on_time,
          SUM(CASE WHEN satisfaction = 'satisfied' THEN 1 ELSE 0 END) AS satisfied,
          SUM(reopen_count) AS reopenings,
          SUM(CASE WHEN important_event THEN 1 ELSE 0 END) AS important_events,
          AVG(handling_minutes) AS avg_handling_minutes
        FROM complaint_register
        WHERE status = 'closed' AND closed_at >= ? AND closed_at < ?
          AND (? IS NULL OR office = ?)
        GROUP BY category ORDER BY category""",
        month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay(), office, office);
  }

  private long minutesSinceReceipt(String complaintNo, LocalDateTime at) {
    LocalDateTime received = jdbc.queryForObject(
        "SELECT received_at FROM complaint_register WHERE complaint_no = ?", LocalDateTime.class, complaintNo);
    return Duration.between(received, at).toMinutes();
  }

  private void update(String sql, Object... args) {
    SingleRowUpdate.update(jdbc, "complaint register", sql, args);
  }

}
