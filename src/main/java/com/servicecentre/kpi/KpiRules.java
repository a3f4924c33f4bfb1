package com.servicecentre.kpi;

import com.servicecentre.common.EngineClock;
import com.servicecentre.complaint.ComplaintProcess;
import com.servicecentre.kpi.CaseFact.CaseRow;
import com.servicecentre.lead.DesignerChoice.Candidate;
import com.servicecentre.lead.DesignerPool;
import com.servicecentre.lead.LeadEndings;
import com.servicecentre.lead.LeadProcess;
import com.servicecentre.lead.LeadRegister;
import com.servicecentre.moveout.MoveOutProcess;
import com.servicecentre.office.Office;
import com.servicecentre.office.Offices;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How each figure of the catalogue is counted, read off the registers the processes write: one query per process
 * for the cases received in the period, and for each case the facts it adds to each figure.
 */
@Component
class KpiRules {

  static final Set<String> CODES = Set.of(
      "complaint-accepted", "complaint-handled", "complaint-replied-on-time", "complaint-closed-on-time",
      "complaint-first-contact", "complaint-visited", "complaint-satisfied", "complaint-reopened",
      "repair-arrived-on-time", "repair-completed-on-time", "repair-first-time-fix", "repair-reworked",
      "repair-visited", "repair-satisfied", "repair-charge-confirmed",
      "moveout-duration", "moveout-approved",
      "lead-dispatched-in-time", "lead-signed-small", "lead-signed-medium", "lead-signed-large", "lead-invalid",
      "lead-lost", "designer-load");

  /** The steps before a lead reaches its designer: a lead is dispatched in time when each was done within its limit. */
  private static final List<String> BEFORE_DISPATCH = List.of("confirmAttribution", "reviewDuplicateLead",
      "signSlipAsMarketingManager", "signSlipAsShopManager", "decideOverCapDispatch", "forceAssignDesigner");

  private static final Map<String, String> ORDER_SIZES = Map.of("small", "lead-signed-small", "medium",
      "lead-signed-medium", "large", "lead-signed-large");

  /** A dispatched lead has come to an end when signed, lost, or signed and then cancelled (退单). */
  private static final Set<String> ENDED = Set.of(LeadRegister.SIGNED, LeadRegister.LOST, LeadRegister.CANCELLED);

  private final JdbcTemplate jdbc;
  private final KpiCatalogue catalogue;
  private final DesignerPool designers;
  private final Offices offices;

  KpiRules(JdbcTemplate jdbc, KpiCatalogue catalogue, DesignerPool designers, Offices offices) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.designers = designers;
    this.offices = offices;
    if (!catalogue.codes().equals(CODES)) {
      throw new IllegalStateException("kpi/kpis.yml and KpiRules must name the same figures: the file has "
          + catalogue.codes() + ", the rules " + CODES);
    }
  }

  /** Every fact of the cases received from {@code from} to {@code to} (both included) in these offices (null: all). */
  List<CaseFact> facts(LocalDate from, LocalDate to, List<String> inOffices) {
    List<CaseFact> facts = new ArrayList<>();
    Period period = new Period(from.atStartOfDay(), to.plusDays(1).atStartOfDay(), inOffices);
    complaints(period, facts::add);
    repairs(period, facts::add);
    moveOuts(period, facts::add);
    leads(period, facts::add);
    designerLoad(period, facts::add);
    return facts;
  }

  private void complaints(Period p, Consumer<CaseFact> out) {
    query(p, """
        SELECT r.complaint_no AS case_no, r.office, r.received_at AS counted_at, r.received_by,
          r.responsible_group, r.proposed_group, COALESCE(r.handler, r.received_by) AS person, r.settled_at_intake,
          r.resolution, r.resolved_on_time, r.return_visit_wanted, r.visit_by, r.reopen_count, r.satisfaction,
          r.status, """ + lateSteps(ComplaintProcess.KEY, "r.complaint_no", null) + """
        FROM complaint_register r
        WHERE r.received_at >= ? AND r.received_at < ?""", rs -> {
      String group = rs.getString("responsible_group");
      String department = group == null ? null : catalogue.departmentOfGroup(group);
      CaseRow c = row(rs, department == null ? "customer-service" : department);
      // 受理 and 一次性解决 are the intake's work: the clerk who took the complaint, in customer service.
      CaseRow intake = new CaseRow(c.caseNo(), c.office(), "customer-service", rs.getString("received_by"), c.date());
      boolean settled = rs.getBoolean("settled_at_intake");
      boolean closed = "closed".equals(rs.getString("status"));
      int reopenings = rs.getInt("reopen_count");
      out.accept(CaseFact.counted("complaint-accepted", intake,
          settled || group != null || rs.getString("proposed_group") != null));
      out.accept(CaseFact.counted("complaint-first-contact", intake, settled));
      out.accept(CaseFact.counted("complaint-handled", c, rs.getString("resolution") != null));
      Boolean onTime = flag(rs, "resolved_on_time");
      if (onTime != null) {
        out.accept(CaseFact.counted("complaint-replied-on-time", c, onTime));
      }
      if (closed) {
        out.accept(CaseFact.counted("complaint-closed-on-time", c, rs.getInt("late_steps") == 0));
        out.accept(CaseFact.counted("complaint-reopened", c, reopenings > 0));
        if (Boolean.TRUE.equals(flag(rs, "return_visit_wanted"))) {
          out.accept(CaseFact.counted("complaint-visited", c, rs.getString("visit_by") != null));
        }
        if (rs.getString("visit_by") != null) {
          // Each reopening followed a dissatisfied visit; the last visit's verdict is the register's.
          out.accept(CaseFact.weighed("complaint-satisfied", c,
              "satisfied".equals(rs.getString("satisfaction")) ? 1 : 0, 1 + reopenings));
        }
      }
    });
  }

  private void repairs(Period p, Consumer<CaseFact> out) {
    query(p, """
        SELECT job_no AS case_no, office, reported_at AS counted_at, technician AS person, arrived_on_time,
          completed_on_time, completed_at, status, reopen_count, under_warranty, visit_signed_off_by, satisfaction,
          chargeable, fee
        FROM repair_register r WHERE reported_at >= ? AND reported_at < ?""", rs -> {
      CaseRow c = row(rs, "maintenance");
      Boolean arrivedOnTime = flag(rs, "arrived_on_time");
      if (arrivedOnTime != null) {
        out.accept(CaseFact.counted("repair-arrived-on-time", c, arrivedOnTime));
      }
      Boolean completedOnTime = flag(rs, "completed_on_time");
      if (completedOnTime != null) {
        out.accept(CaseFact.counted("repair-completed-on-time", c, completedOnTime));
      }
      if (Boolean.TRUE.equals(flag(rs, "chargeable")) && rs.getTimestamp("completed_at") != null) {
        out.accept(CaseFact.counted("repair-charge-confirmed", c, rs.getBigDecimal("fee") != null));
      }
      if ("closed".equals(rs.getString("status"))) {
        int reopenings = rs.getInt("reopen_count");
        out.accept(CaseFact.counted("repair-first-time-fix", c, reopenings == 0));
        out.accept(CaseFact.counted("repair-reworked", c, reopenings > 0));
        out.accept(CaseFact.weighed("repair-satisfied", c,
            "satisfied".equals(rs.getString("satisfaction")) ? 1 : 0, 1 + reopenings));
        if (rs.getBoolean("under_warranty")) {
          out.accept(CaseFact.counted("repair-visited", c, rs.getString("visit_signed_off_by") != null));
        }
      }
    });
  }

  private void moveOuts(Period p, Consumer<CaseFact> out) {
    query(p, """
        SELECT r.case_no, r.office, r.applied_at AS counted_at, NULL AS person, r.status,
          r.approval_chain, """ + lateSteps(MoveOutProcess.KEY, "r.case_no", null) + """
        FROM move_out_register r
        WHERE r.applied_at >= ? AND r.applied_at < ?""", rs -> {
      CaseRow c = row(rs, "finance");
      if ("closed".equals(rs.getString("status"))) {
        out.accept(CaseFact.weighed("moveout-duration", c, rs.getLong("working_minutes") / 60.0, 1));
      }
      String chain = rs.getString("approval_chain");
      if (chain != null) {
        int approved = occurrences(chain, "同意");
        int decisions = approved + occurrences(chain, "驳回");
        if (decisions > 0) {
          out.accept(CaseFact.weighed("moveout-approved", c, approved, decisions));
        }
      }
    });
  }

  private void leads(Period p, Consumer<CaseFact> out) {
    query(p, """
        SELECT r.lead_no AS case_no, r.office, r.received_at AS counted_at,
          COALESCE(r.designer, r.lead_owner, r.claimed_by) AS person, COALESCE(r.lead_owner, r.claimed_by) AS owner,
          r.designer, r.status, r.order_size, r.dispatched_at, r.outcome_reason,
          """ + lateSteps(LeadProcess.KEY, "r.lead_no", BEFORE_DISPATCH) + """
        FROM lead_register r
        WHERE r.received_at >= ? AND r.received_at < ? AND r.status <> 'merged'""", rs -> {
      CaseRow c = row(rs, rs.getString("designer") == null ? "marketing" : "design");
      // Screening a lead and getting it to a designer in time is the work of sales (市场部), for whoever owns it.
      CaseRow intake = new CaseRow(c.caseNo(), c.office(), "marketing", rs.getString("owner"), c.date());
      String status = rs.getString("status");
      String reason = rs.getString("outcome_reason");
      boolean dispatched = rs.getTimestamp("dispatched_at") != null;
      out.accept(CaseFact.counted("lead-invalid", intake, LeadRegister.INVALID.equals(status))
          .because(LeadRegister.INVALID.equals(status) ? LeadEndings.reasonLabel(reason) : null));
      if (dispatched) {
        out.accept(CaseFact.counted("lead-dispatched-in-time", intake, rs.getInt("late_steps") == 0));
        out.accept(CaseFact.counted("lead-lost", c, LeadRegister.LOST.equals(status))
            .because(LeadRegister.LOST.equals(status) ? LeadEndings.reasonLabel(reason) : null));
      }
      String size = rs.getString("order_size");
      String sizeKpi = size == null ? null : ORDER_SIZES.get(size);
      if (sizeKpi != null && ENDED.contains(status)) {
        out.accept(CaseFact.counted(sizeKpi, c, LeadRegister.SIGNED.equals(status)));
      }
    });
  }

  /**
   * 设计师负荷 is a snapshot of now (the capacity rules count this week's orders in hand), so it is counted only in
   * a period that includes today: each designer's cap on orders in hand, and each order in hand.
   */
  private void designerLoad(Period p, Consumer<CaseFact> out) {
    LocalDateTime now = EngineClock.now();
    if (now.isBefore(p.from()) || !now.isBefore(p.to())) {
      return;
    }
    LocalDate today = now.toLocalDate();
    LocalDateTime weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
    for (Office shop : offices.all()) {
      if (!"renovation".equals(shop.kind()) || (p.offices() != null && !p.offices().contains(shop.code()))) {
        continue;
      }
      // A designer in two grade groups is counted once, at the cap of the highest grade.
      Map<String, Candidate> inShop = new LinkedHashMap<>();
      for (String grade : DesignerPool.GRADES) {
        designers.of(grade, shop.code(), now).forEach(d -> inShop.put(d.id(), d));
      }
      for (Candidate designer : inShop.values()) {
        out.accept(new CaseFact("designer-load", null, shop.code(), "design", designer.id(), today, 0,
            designer.caps().openOrders(), null));
        jdbc.query("""
            SELECT lead_no FROM lead_register WHERE designer = ? AND status = ? AND dispatched_at >= ?
              AND office = ?""", rs -> {
          out.accept(new CaseFact("designer-load", rs.getString(1), shop.code(), "design", designer.id(), today, 1,
              0, null));
        }, designer.id(), LeadRegister.DISPATCHED, weekStart, shop.code());
      }
    }
  }

  /**
   * Per case of the process: its steps done late and their working minutes (of the listed steps, or of all). As
   * subqueries on the case's number, so each reads the case's own rows by index, whatever the size of the table.
   */
  private static String lateSteps(String processKey, String caseNo, List<String> steps) {
    String where = "FROM case_step_time s WHERE s.case_no = " + caseNo + " AND s.process_key = '" + processKey + "'"
        + (steps == null ? "" : " AND s.step IN ('" + String.join("', '", steps) + "')");
    return "(SELECT COUNT(*) " + where + " AND s.on_time = FALSE) AS late_steps, "
        + "(SELECT SUM(s.working_minutes) " + where + ") AS working_minutes\n";
  }

  private void query(Period p, String sql, RowHandler handler) {
    List<Object> args = new ArrayList<>(List.of(Timestamp.valueOf(p.from()), Timestamp.valueOf(p.to())));
    // A case without an office (from before offices) is everybody's, as everywhere else.
    String inOffices = "";
    if (p.offices() != null) {
      inOffices = p.offices().isEmpty() ? " AND r.office IS NULL"
          : " AND (r.office IS NULL OR r.office IN (" + String.join(", ", p.offices().stream().map(o -> "?").toList())
              + "))";
      args.addAll(p.offices());
    }
    jdbc.query(sql + inOffices, rs -> {
      handler.handle(rs);
    }, args.toArray());
  }

  private static CaseRow row(ResultSet rs, String department) throws SQLException {
    return new CaseRow(rs.getString("case_no"), rs.getString("office"), department, rs.getString("person"),
        rs.getTimestamp("counted_at").toLocalDateTime().toLocalDate());
  }

  private static Boolean flag(ResultSet rs, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }

  private static int occurrences(String text, String word) {
    int count = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
      count++;
    }
    return count;
  }

  private record Period(LocalDateTime from, LocalDateTime to, List<String> offices) {}

  @FunctionalInterface
  private interface RowHandler {
    void handle(ResultSet rs) throws SQLException;
  }
}
