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
 * the sum of its entries. One entry per case and kind: booking the same again changes nothing.
 */
@Repository
public class FeeLedger {

  private final JdbcTemplate jdbc;

  public FeeLedger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Books an entry once; returns false if this case already has an entry of this kind. */
  public boolean book(String unit, String caseNo, String entryType, BigDecimal amount, String description) {
    return InsertOnce.insert(jdbc, """
        INSERT INTO fee_ledger (unit, case_no, entry_type, amount, description, booked_at)
        VALUES (?, ?, ?, ?, ?, ?)""", unit, caseNo, entryType, amount, description, EngineClock.now());
  }

  /** What the unit owes now: positive is arrears, negative is credit. */
  public BigDecimal balance(String unit) {
    BigDecimal sum = jdbc.queryForObject("SELECT SUM(amount) FROM fee_ledger WHERE unit = ?", BigDecimal.class, unit);
    return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
  }

  public List<Map<String, Object>> entries(String caseNo) {
    return jdbc.queryForList("SELECT * FROM fee_ledger WHERE case_no = ? ORDER BY id", caseNo);
  }

  public List<Map<String, Object>> entriesOfUnit(String unit) {
    return jdbc.queryForList("SELECT * FROM fee_ledger WHERE unit = ? ORDER BY id", unit);
  }
}
