package com.servicecentre.lead;

import com.servicecentre.common.InsertOnce;
import com.servicecentre.common.SingleRowUpdate;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The lead statistics register (咨询客户信息统计表) and the commission records, in the project's own tables. */
@Repository
public class LeadRegister {

  public static final String OPEN = "open";
  public static final String DISPATCHED = "dispatched";
  public static final String SIGNED = "signed";
  public static final String INVALID = "invalid";
  public static final String LOST = "lost";
  /** A signed contract the customer cancelled (退单): a lost order that had been signed. */
  public static final String CANCELLED = "cancelled";
  /** A duplicate of a lead already on file: it keeps its number and names the lead it joined. */
  public static final String MERGED = "merged";

  private final JdbcTemplate jdbc;

  public LeadRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The newest other lead of the shop already on file for this phone number, whatever became of it; a duplicate
   * merged into another is not one (the lead it joined is). Another shop's lead is no duplicate: each shop follows
   * its own customers, and another shop's case is not its to see. (shop null: every shop's leads)
   */
  public Optional<String> findLeadByPhone(String phone, String exceptLeadNo, String shop) {
    List<String> found = jdbc.queryForList("""
        SELECT lead_no FROM lead_register WHERE phone = ? AND lead_no <> ? AND status <> ?
          AND (? IS NULL OR office = ?)
        ORDER BY received_at DESC, lead_no DESC""", String.class, phone, exceptLeadNo, MERGED, shop, shop);
    return found.stream().findFirst();
  }

  public LocalDateTime receivedAt(String leadNo) {
    return jdbc.queryForObject("SELECT received_at FROM lead_register WHERE lead_no = ?", LocalDateTime.class, leadNo);
  }

  /** The account manager confirmed a duplicate: it stays on file under its own number, merged into the other. */
  public void recordMerged(String leadNo, String mergedInto, LocalDateTime at) {
    update("UPDATE lead_register SET status = ?, merged_into = ?, closed_at = ? WHERE lead_no = ?",
        MERGED, mergedInto, at, leadNo);
  }

  /** One person's claim on a customer, from a lead (its claimant or owner) or a filed list, kept on the merged lead. */
  public record Claim(String claimant, String basis, String sourceRef, LocalDateTime claimedAt) {}

  /** Idempotent: a claim is kept once per person, basis and source. */
  public void recordClaim(String leadNo, Claim claim, boolean decidedOwner, String office, LocalDateTime at) {
    InsertOnce.insert(jdbc, """
        INSERT INTO lead_claim (lead_no, claimant, basis, source_ref, claimed_at, decided_owner, recorded_at, office)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", leadNo, claim.claimant(), claim.basis(), claim.sourceRef(),
        claim.claimedAt(), decidedOwner, at, office);
  }

  public List<Map<String, Object>> claims(String leadNo) {
    return jdbc.queryForList("SELECT * FROM lead_claim WHERE lead_no = ? ORDER BY claimed_at, claimant, basis",
        leadNo);
  }

  /** The owner confirmed when a duplicate joined this lead; the basis stays unless the filed lists decided it. */
  public void recordOwnerAfterMerge(String leadNo, String owner, String basis) {
    update("UPDATE lead_register SET lead_owner = ?, attribution_basis = COALESCE(?, attribution_basis) WHERE lead_no = ?",
        owner, basis, leadNo);
  }

  public void register(String leadNo, Lead lead, String processInstanceId, String office, LocalDateTime receivedAt) {
    jdbc.update("""
        INSERT INTO lead_register (lead_no, process_instance_id, customer_name, phone, address, floor_area,
          planned_date, estimated_amount, source, claimed_by, transfer_slip_no, status, received_at, office)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        leadNo, processInstanceId, lead.customerName(), lead.phone(), lead.address(), lead.floorArea(),
        lead.plannedDate(), lead.estimatedAmount(), lead.source(), lead.claimedBy(), lead.transferSlipNo(), OPEN,
        receivedAt, office);
  }

  public void recordAttribution(String leadNo, String owner, String basis) {
    update("UPDATE lead_register SET lead_owner = ?, attribution_basis = ? WHERE lead_no = ?", owner, basis, leadNo);
  }

  /** Whether the account manager found the lead taken privately to a designer (it costs the salesperson's credit). */
  public void recordPrivateDesignerContact(String leadNo, boolean privateContact) {
    update("UPDATE lead_register SET private_designer_contact = ? WHERE lead_no = ?", privateContact, leadNo);
  }

  public void recordDispatch(String leadNo, String orderSize, String designer, String basis, String reason,
      LocalDateTime at) {
    update("""
        UPDATE lead_register SET order_size = ?, designer = ?, dispatch_basis = ?, dispatch_reason = ?,
          dispatched_at = ?, status = ? WHERE lead_no = ?""",
        orderSize, designer, basis, reason, at, DISPATCHED, leadNo);
  }

  /**
   * The order moves to another designer: from now on it counts in the new designer's workload (this week's, from
   * its dispatch), and the register says from whom, why and by whom.
   */
  public void recordReassignment(String leadNo, String from, String to, String reason, LocalDateTime at) {
    update("UPDATE lead_register SET designer = ?, dispatch_basis = ?, dispatch_reason = ? WHERE lead_no = ?",
        to, "reassigned", "改派自 " + from + " (" + at.withNano(0) + "), " + reason, leadNo);
  }

  public void recordSigned(String leadNo, BigDecimal contractAmount, String notes, LocalDateTime at) {
    update("""
        UPDATE lead_register SET status = ?, contract_amount = ?, outcome_notes = ?, closed_at = ?
        WHERE lead_no = ?""", SIGNED, contractAmount, notes, at, leadNo);
  }

  /** Closes a lead that came to nothing: INVALID before measurement, LOST after it. */
  public void recordFailed(String leadNo, String status, String reason, String notes, LocalDateTime at) {
    update("""
        UPDATE lead_register SET status = ?, outcome_reason = ?, outcome_notes = ?, closed_at = ?
        WHERE lead_no = ?""", status, reason, notes, at, leadNo);
  }

  /** The stage it was lost at, who visited the customer and who confirmed it (the seed's 设计部经理签字). */
  public void recordEnding(String leadNo, String stage, String visitedBy, String confirmedBy) {
    update("""
        UPDATE lead_register SET outcome_stage = ?, outcome_visited_by = ?, outcome_confirmed_by = ?
        WHERE lead_no = ?""", stage, visitedBy, confirmedBy, leadNo);
  }

  /** Idempotent: a signed order earns each role its line once, however often this runs. */
  public void recordCommission(String leadNo, String office, Commission.Line line, LocalDateTime at) {
    InsertOnce.insert(jdbc, """
        INSERT INTO lead_commission (lead_no, role, entry, beneficiary, amount, reason, signed_at, booked_at, office)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", leadNo, line.role(), Commission.EARNED, line.beneficiary(),
        line.amount(), line.reason(), at, at, office);
  }

  /**
   * A cancelled order (退单): each commission line it earned gets its reversal, booked now; the earned lines stay.
   * Idempotent, like the lines themselves.
   */
  public void reverseCommissions(String leadNo, LocalDateTime at) {
    List<Map<String, Object>> earned = jdbc.queryForList(
        "SELECT role, beneficiary, amount, reason, signed_at, office FROM lead_commission WHERE lead_no = ? AND entry = ?",
        leadNo, Commission.EARNED);
    for (Map<String, Object> line : earned) {
      Commission.Line reversal = Commission.reversal(new Commission.Line((String) line.get("ROLE"),
          (String) line.get("BENEFICIARY"), (BigDecimal) line.get("AMOUNT"), (String) line.get("REASON")));
      InsertOnce.insert(jdbc, """
          INSERT INTO lead_commission (lead_no, role, entry, beneficiary, amount, reason, signed_at, booked_at, office)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", leadNo, reversal.role(), Commission.REVERSAL,
          reversal.beneficiary(), reversal.amount(), reversal.reason(), line.get("SIGNED_AT"), at, line.get("OFFICE"));
    }
  }

  /**
   * A designer's orders as the capacity rules count them: this week's orders still in hand, and every order
   * dispatched today and this week (weeks start on Monday).
   */
  public Workload workload(String designer, LocalDateTime now) {
    return workload(designer, null, now);
  }

  /** The workload of the designer in one shop (rows from before offices, without one, count in every shop). */
  public Workload workload(String designer, String shop, LocalDateTime now) {
    LocalDateTime today = now.toLocalDate().atStartOfDay();
    LocalDateTime weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return jdbc.queryForObject("""
        SELECT
          COALESCE(SUM(CASE WHEN status = ? THEN 1 ELSE 0 END), 0),
          COALESCE(SUM(CASE WHEN dispatched_at >= ? THEN 1 ELSE 0 END), 0),
          COUNT(*)
        FROM lead_register
        WHERE designer = ? AND dispatched_at >= ? AND (? IS NULL OR office = ? OR office IS NULL)""",
        (rs, n) -> new Workload(rs.getInt(1), rs.getInt(2), rs.getInt(3)),
        DISPATCHED, today, designer, weekStart, shop, shop);
  }

  public Map<String, Object> find(String leadNo) {
    return jdbc.queryForMap("SELECT * FROM lead_register WHERE lead_no = ?", leadNo);
  }

  public List<Map<String, Object>> commissions(String leadNo) {
    return jdbc.queryForList("SELECT * FROM lead_commission WHERE lead_no = ? ORDER BY role, entry", leadNo);
  }

  private void update(String sql, Object... args) {
    SingleRowUpdate.update(jdbc, "lead register", sql, args);
  }


  public record Workload(int inHandThisWeek, int dispatchedToday, int dispatchedThisWeek) {}
}
