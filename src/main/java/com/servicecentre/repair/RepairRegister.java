package com.servicecentre.repair;

import com.servicecentre.common.SingleRowUpdate;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The repair register (维修台账), from which the seeds' figures are read. */
@Repository
public class RepairRegister {

  private final JdbcTemplate jdbc;

  public RepairRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void register(String jobNo, RepairReport r, String processInstanceId, String office,
      LocalDateTime reportedAt) {
    jdbc.update("""
        INSERT INTO repair_register (job_no, process_instance_id, reporter, unit, location, area_type, trade,
          repair_size, urgency, under_warranty, description, reported_at, status, office)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)""",
        jobNo, processInstanceId, r.reporter(), r.unit(), r.location(), r.areaType(), r.trade(), r.repairSize(),
        r.urgency(), r.underWarranty(), r.description(), reportedAt, office);
  }

  /** Dispatch, with the due dates counted in working time on the job's calendar (a reopened job counts anew). */
  public void recordDispatch(String jobNo, String team, String technician, boolean chargeable, String calendar,
      LocalDateTime arrivalDue, LocalDateTime completionDue, LocalDateTime vendorDue) {
    update("""
        UPDATE repair_register SET team = ?, technician = ?, chargeable = ?, calendar_name = ?, arrival_due = ?,
          completion_due = ?, vendor_due = ?, status = 'dispatched' WHERE job_no = ?""",
        team, technician, chargeable, calendar, arrivalDue, completionDue, vendorDue, jobNo);
  }

  public void recordArrival(String jobNo, LocalDateTime at, boolean onTime) {
    update("UPDATE repair_register SET arrived_at = ?, arrived_on_time = ? WHERE job_no = ?", at, onTime, jobNo);
  }

  public void recordWait(String jobNo, String reason) {
    update("UPDATE repair_register SET waits = waits + 1, wait_reason = ?, status = 'waiting' WHERE job_no = ?",
        reason, jobNo);
  }

  /** The wait ended: its working time is added to the job's paused time, and the completion due date moved. */
  public void recordResumption(String jobNo, long pausedMinutes, LocalDateTime completionDue) {
    update("""
        UPDATE repair_register SET paused_minutes = paused_minutes + ?, completion_due = ?, status = 'dispatched'
        WHERE job_no = ?""", pausedMinutes, completionDue, jobNo);
  }

  /**
   * Done, and whether by the due date (counted in working time, moved by the waits; an outside company's job by its
   * contract's due date). {@code vendorMinutes}: working time the outside company had the job, paused for the centre.
   */
  public void recordCompletion(String jobNo, String workDone, String materials, BigDecimal labourHours,
      LocalDateTime at, boolean onTime, long vendorMinutes) {
    update("""
        UPDATE repair_register SET work_done = ?, materials = ?, labour_hours = ?, completed_at = ?,
          completed_on_time = ?, vendor_on_time = CASE WHEN team = 'outsourced' THEN ? ELSE NULL END,
          paused_minutes = paused_minutes + ?, status = 'completed' WHERE job_no = ?""",
        workDone, materials, labourHours, at, onTime, onTime, vendorMinutes, jobNo);
  }

  public void recordFee(String jobNo, BigDecimal fee) {
    update("UPDATE repair_register SET fee = ? WHERE job_no = ?", fee, jobNo);
  }

  /** The deputy manager signed the return-visit record (the last signature counts for a reopened job). */
  public void recordVisitSignOff(String jobNo, String by, LocalDateTime at) {
    update("UPDATE repair_register SET visit_signed_off_by = ?, visit_signed_off_at = ? WHERE job_no = ?", by, at,
        jobNo);
  }

  public void recordReopening(String jobNo, int reopenCount) {
    update("UPDATE repair_register SET reopen_count = ?, satisfaction = 'dissatisfied', status = 'reopened' WHERE job_no = ?",
        reopenCount, jobNo);
  }

  public void close(String jobNo, LocalDateTime at) {
    update("UPDATE repair_register SET satisfaction = 'satisfied', status = 'closed', closed_at = ? WHERE job_no = ?",
        at, jobNo);
  }

  public Map<String, Object> find(String jobNo) {
    return jdbc.queryForMap("SELECT * FROM repair_register WHERE job_no = ?", jobNo);
  }

  /** Jobs reported in [from, to) by area type and trade. */
  public List<Map<String, Object>> jobsByAreaAndTrade(LocalDateTime from, LocalDateTime to) {
    return jdbc.queryForList("""
        SELECT area_type, trade, COUNT(*) AS jobs FROM repair_register
        WHERE reported_at >= ? AND reported_at < ? GROUP BY area_type, trade ORDER BY area_type, trade""", from, to);
  }

  /**
   * Closed jobs reported in [from, to): how many, how many finished within their limit, and how many were put
   * right without a reopening (一次修复率 = fixedFirstTime / closed; its complement is the 返修率). The register
   * cannot tell 维修完好率, the share of facilities in good repair. The KPI page (kpi/) reads the same columns.
   */
  public Figures figures(LocalDateTime from, LocalDateTime to) {
    return figures(from, to, null);
  }

  /** The figures of one office's jobs (null: of every office). */
  public Figures figures(LocalDateTime from, LocalDateTime to, String office) {
    return jdbc.queryForObject("""
        SELECT COUNT(*),
          COALESCE(SUM(CASE WHEN completed_on_time THEN 1 ELSE 0 END), 0),
          COALESCE(SUM(CASE WHEN reopen_count = 0 THEN 1 ELSE 0 END), 0)
        FROM repair_register WHERE status = 'closed' AND reported_at >= ? AND reported_at < ?
          AND (? IS NULL OR office = ?)""",
        (rs, n) -> new Figures(rs.getInt(1), rs.getInt(2), rs.getInt(3)), from, to, office, office);
  }

  public record Figures(int closed, int completedOnTime, int fixedFirstTime) {
    /** 一次修复率, or null when no job closed (shown as "—", not as 100 %). */
    public Double firstTimeFixRate() {
      return closed == 0 ? null : (double) fixedFirstTime / closed;
    }
  }

  private void update(String sql, Object... args) {
    SingleRowUpdate.update(jdbc, "repair register", sql, args);
  }

}
