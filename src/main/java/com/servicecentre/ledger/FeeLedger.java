package com.servicecentre.ledger;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.InsertOnce;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The fee ledger (费用台账) all processes share: charges are positive, payments negative, so a unit's balance is
 * the sum of its entries. One entry per case and kind: booking the same again changes nothing. A charge the owner
 * paid at the finance desk (a repair fee) is marked paid, with when, by whom and the receipt, and no longer counts
 * in the balance: a move-out settlement does not charge it again.
 */
@Repository
public class FeeLedger {

  private final JdbcTemplate jdbc;

  public FeeLedger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Books an entry of an office's case once (the office the case belongs to, its tenant); returns false if this
   * case already has an entry of this kind.
   */
  public boolean book(String unit, String caseNo, String entryType, BigDecimal amount, String description,
      String office) {
    return InsertOnce.insert(jdbc, """
        INSERT INTO fee_ledger (unit, case_no, entry_type, amount, description, booked_at, office)
        VALUES (?, ?, ?, ?, ?, ?, ?)""", unit, caseNo, entryType, amount, description, EngineClock.now(), office);
  }

  /**
   * What the unit of this office owes now: positive is arrears, negative is credit; paid charges are settled. A unit
   * is named within its office (two estates may each have a 1栋1单元101), so every question about it names both.
   */
  public BigDecimal balance(String unit, String office) {
    BigDecimal sum = jdbc.queryForObject("""
        SELECT SUM(amount) FROM fee_ledger WHERE unit = ? AND paid = FALSE AND (? IS NULL OR office = ?)""",
        BigDecimal.class, unit, office, office);
    return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
  }

  /** The outcome of marking a charge paid. */
  public enum Marked { PAID, ALREADY_PAID, NOT_A_CHARGE, UNKNOWN }

  /**
   * Marks a case's charge of this kind paid, once: by the person logged in, now, with the receipt's reference.
   * Only a charge (a positive amount) can be paid.
   */
  public Marked markPaid(String caseNo, String entryType, String by, String reference) {
    List<Map<String, Object>> found = jdbc.queryForList(
        "SELECT amount, paid FROM fee_ledger WHERE case_no = ? AND entry_type = ?", caseNo, entryType);
    if (found.isEmpty()) {
      return Marked.UNKNOWN;
    }
    if (((BigDecimal) found.get(0).get("AMOUNT")).signum() <= 0) {
      return Marked.NOT_A_CHARGE;
    }
    int changed = jdbc.update("""
        UPDATE fee_ledger SET paid = TRUE, paid_at = ?, paid_by = ?, payment_reference = ?
        WHERE case_no = ? AND entry_type = ? AND paid = FALSE AND amount > 0""",
        EngineClock.now(), by, reference, caseNo, entryType);
    return changed == 1 ? Marked.PAID : Marked.ALREADY_PAID;
  }

  /** The unit's last entry now (0 when it has none): a settlement read at this moment covers the entries up to it. */
  public int lastEntry(String unit, String office) {
    Integer last = jdbc.queryForObject("SELECT MAX(id) FROM fee_ledger WHERE unit = ? AND (? IS NULL OR office = ?)",
        Integer.class, unit, office, office);
    return last == null ? 0 : last;
  }

  /**
   * Settles the unit's open entries up to {@code upTo} and the case's own settlement line: marked paid by that case,
   * so that a charge the deposits covered is neither listed as open nor taken again at the finance desk.
   */
  public int settle(String unit, String office, int upTo, String caseNo, String reference) {
    return jdbc.update("""
        UPDATE fee_ledger SET paid = TRUE, paid_at = ?, paid_by = ?, payment_reference = ?
        WHERE unit = ? AND (? IS NULL OR office = ?) AND paid = FALSE
          AND (id <= ? OR (case_no = ? AND entry_type = 'move-out-settlement'))""",
        EngineClock.now(), caseNo, reference, unit, office, office, upTo, caseNo);
  }

  /** Charges not yet paid, oldest first; of one unit when given. */
  public List<Map<String, Object>> unpaidCharges(String unit) {
    return unit == null
        ? jdbc.queryForList("SELECT * FROM fee_ledger WHERE paid = FALSE AND amount > 0 ORDER BY id")
        : jdbc.queryForList("SELECT * FROM fee_ledger WHERE paid = FALSE AND amount > 0 AND unit = ? ORDER BY id",
            unit);
  }

  public List<Map<String, Object>> entries(String caseNo) {
    return jdbc.queryForList("SELECT * FROM fee_ledger WHERE case_no = ? ORDER BY id", caseNo);
  }

  public List<Map<String, Object>> entriesOfUnit(String unit) {
    return jdbc.queryForList("SELECT * FROM fee_ledger WHERE unit = ? ORDER BY id", unit);
  }
}
