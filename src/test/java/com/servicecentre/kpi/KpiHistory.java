package com.servicecentre.kpi;

import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small history written straight into the registers, in March 2031 (a month no other test writes), whose
 * figures the tests work out by hand. Case numbers start with KPI so that they are removed again before each test.
 */
final class KpiHistory {

  static final LocalDateTime MARCH = LocalDateTime.of(2031, 3, 3, 9, 0);

  private final JdbcTemplate jdbc;

  KpiHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void clear() {
    jdbc.update("DELETE FROM complaint_register WHERE complaint_no LIKE 'KPI%'");
    jdbc.update("DELETE FROM repair_register WHERE job_no LIKE 'KPI%'");
    jdbc.update("DELETE FROM move_out_register WHERE case_no LIKE 'KPI%'");
    jdbc.update("DELETE FROM lead_register WHERE lead_no LIKE 'KPI%'");
    jdbc.update("DELETE FROM case_step_time WHERE case_no LIKE 'KPI%'");
  }

  /**
   * Five complaints of office A01: KPI-C1 settled at intake; KPI-C2 handled by maintenance on time, visited,
   * satisfied; KPI-C3 handled late by customer service, reopened once, then satisfied; KPI-C4 proposed to finance,
   * still open; KPI-C5 only registered.
   */
  KpiHistory complaints() {
    complaint("KPI-C1", 0, true, null, null, "zhangwei", "当场解释清楚", true, false, null, 0, "satisfied", "closed");
    complaint("KPI-C2", 1, false, "maintenance", "maintenance", "liuqiang", "已修复", true, true, "customer-service", 0,
        "satisfied", "closed");
    complaint("KPI-C3", 2, false, "customer-service", "customer-service", "lina", "已协调", false, true,
        "customer-service", 1, "satisfied", "closed");
    step("KPI-C3", "complaint-handling", "handleComplaint", 240, false);
    step("KPI-C3", "complaint-handling", "investigateComplaint", 60, true);
    step("KPI-C2", "complaint-handling", "handleComplaint", 30, true);
    complaint("KPI-C4", 3, false, "finance", null, null, null, null, true, null, 0, null, "open");
    complaint("KPI-C5", 4, false, null, null, null, null, null, true, null, 0, null, "open");
    return this;
  }

  /** KPI-R1 done right and on time; KPI-R2 late everywhere and reworked once; KPI-R3 arrived, not finished. */
  KpiHistory repairs() {
    repair("KPI-R1", 0, "liuqiang", true, true, "closed", 0, true, "hezhi", "satisfied", true, "80.00");
    repair("KPI-R2", 1, "chenjie", false, false, "closed", 1, true, null, "satisfied", true, null);
    repair("KPI-R3", 2, "liuqiang", true, null, "dispatched", 0, false, null, null, false, null);
    return this;
  }

  /** KPI-M1: 5 working hours, approved at two levels; KPI-M2: 10 hours, rejected once and then approved twice. */
  KpiHistory moveOuts() {
    moveOut("KPI-M1", 0, "closed", "finance-manager zhengqiang 2031-03-03 10:00 同意; office-manager huangjun 2031-03-03 11:00 同意");
    step("KPI-M1", "move-out-refund", "inspectPremises", 120, true);
    step("KPI-M1", "move-out-refund", "payRefund", 180, true);
    moveOut("KPI-M2", 1, "closed", "finance-manager zhengqiang 2031-03-04 10:00 驳回; finance-manager zhengqiang "
        + "2031-03-05 10:00 同意; office-manager huangjun 2031-03-05 11:00 同意");
    step("KPI-M2", "move-out-refund", "inspectPremises", 600, false);
    moveOut("KPI-M3", 2, "open", null);
    return this;
  }

  /**
   * Leads of shop S01: KPI-L1 small, signed; KPI-L2 small, dispatched late, lost to a competitor; KPI-L3 large,
   * signed; KPI-L4 invalid before dispatch; KPI-L5 merged into another (not counted); KPI-L6 medium, in hand.
   */
  KpiHistory leads() {
    lead("KPI-L1", 0, "small", "zhuyan", "signed", null);
    lead("KPI-L2", 1, "small", "zhuyan", "lost", "competitor");
    step("KPI-L2", "lead-to-order", "forceAssignDesigner", 200, false);
    step("KPI-L2", "lead-to-order", "measureHome", 100, false);
    lead("KPI-L3", 2, "large", "sunlei", "signed", null);
    lead("KPI-L4", 3, null, null, "invalid", "no-renovation-plan");
    lead("KPI-L5", 4, null, null, "merged", null);
    lead("KPI-L6", 5, "medium", "majing", "dispatched", null);
    return this;
  }

  /** An order dispatched to the designer now, still in hand: it counts in this week's load. */
  KpiHistory leadInHandToday(String no, String designer) {
    LocalDateTime now = com.servicecentre.common.EngineClock.now();
    jdbc.update("""
        INSERT INTO lead_register (lead_no, process_instance_id, customer_name, phone, address, estimated_amount,
          source, status, order_size, designer, dispatched_at, received_at, office)
        VALUES (?, 'none', '客户', '13800000001', '深圳', 100000, 'walk-in', 'dispatched', 'small', ?, ?, ?, 'S01')""",
        no, designer, now, now);
    return this;
  }

  private void complaint(String no, int day, boolean settled, String proposed, String responsible, String handler,
      String resolution, Boolean onTime, boolean visitWanted, String visitBy, int reopenings, String satisfaction,
      String status) {
    LocalDateTime at = MARCH.plusDays(day);
    jdbc.update("""
        INSERT INTO complaint_register (complaint_no, process_instance_id, complainant_name, unit, channel, category,
          severity, description, received_at, received_by, settled_at_intake, proposed_group, responsible_group,
          handler, resolution, resolved_on_time, return_visit_wanted, visit_by, reopen_count, satisfaction, status,
          closed_at, office)
        VALUES (?, 'none', '业主', '1栋1单元101', 'phone', 'noise', 'general', '噪音', ?, 'zhangwei', ?, ?, ?, ?, ?, ?,
          ?, ?, ?, ?, ?, ?, 'A01')""",
        no, at, settled, proposed, responsible, handler, resolution, onTime, visitWanted, visitBy, reopenings,
        satisfaction, status, "closed".equals(status) ? at.plusDays(2) : null);
  }

  private void repair(String no, int day, String technician, boolean arrivedOnTime, Boolean completedOnTime,
      String status, int reopenings, boolean warranty, String signedOffBy, String satisfaction, boolean chargeable,
      String fee) {
    LocalDateTime at = MARCH.plusDays(day);
    jdbc.update("""
        INSERT INTO repair_register (job_no, process_instance_id, reporter, unit, area_type, trade, repair_size, urgency,
          under_warranty, description, reported_at, technician, arrived_at, arrived_on_time, completed_at,
          completed_on_time, chargeable, fee, reopen_count, visit_signed_off_by, satisfaction, status, closed_at,
          office)
        VALUES (?, 'none', '业主', '1栋1单元101', 'in-home', 'drain', 'minor', 'normal', ?, '漏水', ?, ?, ?, ?, ?, ?,
          ?, ?, ?, ?, ?, ?, ?, 'A01')""",
        no, warranty, at, technician, at.plusHours(2), arrivedOnTime,
        completedOnTime == null ? null : at.plusHours(5), completedOnTime, chargeable,
        fee == null ? null : new java.math.BigDecimal(fee), reopenings, signedOffBy, satisfaction, status,
        "closed".equals(status) ? at.plusDays(1) : null);
  }

  private void moveOut(String no, int day, String status, String chain) {
    LocalDateTime at = MARCH.plusDays(day);
    jdbc.update("""
        INSERT INTO move_out_register (case_no, process_instance_id, applicant, unit, move_out_date, reason,
          deposits_held, status, applied_at, approval_chain, closed_at, office)
        VALUES (?, 'none', '业主', '1栋1单元101', ?, 'relocation', 1000, ?, ?, ?, ?, 'A01')""",
        no, at.toLocalDate(), status, at, chain, "closed".equals(status) ? at.plusDays(3) : null);
  }

  private void lead(String no, int day, String size, String designer, String status, String reason) {
    LocalDateTime at = MARCH.plusDays(day);
    jdbc.update("""
        INSERT INTO lead_register (lead_no, process_instance_id, customer_name, phone, address, estimated_amount,
          source, status, order_size, designer, dispatched_at, outcome_reason, received_at, office)
        VALUES (?, 'none', '客户', '13800000000', '深圳', 100000, 'walk-in', ?, ?, ?, ?, ?, ?, 'S01')""",
        no, status, size, designer, designer == null ? null : at.plusHours(3), reason, at);
  }

  private void step(String caseNo, String process, String step, long workingMinutes, boolean onTime) {
    jdbc.update("""
        INSERT INTO case_step_time (case_no, process_instance_id, process_key, step, task_id, started_at, done_at,
          working_minutes, on_time)
        VALUES (?, 'none', ?, ?, ?, ?, ?, ?, ?)""",
        caseNo, process, step, caseNo + "-" + step, MARCH, MARCH.plusHours(1), workingMinutes, onTime);
  }
}
