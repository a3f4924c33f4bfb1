package com.servicecentre.moveout;

import com.servicecentre.common.SingleRowUpdate;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The move-out register: one row per case, from application to release note. */
@Repository
public class MoveOutRegister {

  private final JdbcTemplate jdbc;

  public MoveOutRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void register(String caseNo, MoveOutApplication a, String processInstanceId, String office,
      LocalDateTime at) {
    jdbc.update("""
        INSERT INTO move_out_register (case_no, process_instance_id, applicant, unit, move_out_date, reason,
          refund_account, deposits_held, status, applied_at, office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)""",
        caseNo, processInstanceId, a.applicant(), a.unit(), a.moveOutDate(), a.reason(), a.refundAccount(),
        a.held(), at, office);
  }

  public void recordCalculation(String caseNo, RefundCalculation c) {
    update("UPDATE move_out_register SET arrears = ?, damage_cost = ?, refund_amount = ? WHERE case_no = ?",
        c.arrears(), c.damages(), c.net(), caseNo);
  }

  /** One level's decision, added to the approval chain in the order given ("; " between levels). */
  public void recordApproval(String caseNo, String decision) {
    update("""
        UPDATE move_out_register SET approval_chain = CASE WHEN approval_chain IS NULL THEN ?
          ELSE CONCAT(approval_chain, '; ', ?) END WHERE case_no = ?""", decision, decision, caseNo);
  }

  /** Records the payment once: returns false if this case was already paid. */
  public boolean recordPayment(String caseNo, String reference, LocalDateTime at) {
    return jdbc.update("""
        UPDATE move_out_register SET payment_reference = ?, paid_at = ?, status = 'paid'
        WHERE case_no = ? AND paid_at IS NULL""", reference, at, caseNo) == 1;
  }

  public void recordReleaseNote(String caseNo, String noteNo) {
    update("UPDATE move_out_register SET release_note_no = ? WHERE case_no = ?", noteNo, caseNo);
  }

  public void close(String caseNo, LocalDateTime at) {
    update("UPDATE move_out_register SET status = 'closed', closed_at = ? WHERE case_no = ?", at, caseNo);
  }

  public Map<String, Object> find(String caseNo) {
    return jdbc.queryForMap("SELECT * FROM move_out_register WHERE case_no = ?", caseNo);
  }

  private void update(String sql, Object... args) {
    SingleRowUpdate.update(jdbc, "move-out register", sql, args);
  }

}
