package com.servicecentre.common;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out case numbers (TS000001, BX000001 …) that become business keys: one counter per prefix, in the
 * database, so numbers are unique across application nodes. The counter row stays locked until the case's start
 * commits, and a start that is refused gives its number back.
 */
@Component
public class CaseNumbers {

  private final JdbcTemplate jdbc;

  public CaseNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public String next(String prefix) {
    if (jdbc.update("UPDATE case_counter SET last_number = last_number + 1 WHERE prefix = ?", prefix) == 0
        && !InsertOnce.insert(jdbc, "INSERT INTO case_counter (prefix, last_number) VALUES (?, 1)", prefix)) {
      // Another node opened this prefix's counter at the same moment: count on from its row.
      jdbc.update("UPDATE case_counter SET last_number = last_number + 1 WHERE prefix = ?", prefix);
    }
    long number = jdbc.queryForObject("SELECT last_number FROM case_counter WHERE prefix = ?", Long.class, prefix);
    return String.format("%s%06d", prefix, number);
  }

  /**
   * Gives the case a new number as its business key. Numbers come from the server only: a caller cannot choose
   * one (the REST layer refuses a business key at start), so no case can pose as another.
   */
  public String assign(DelegateExecution execution, String prefix) {
    String key = next(prefix);
    execution.setProcessBusinessKey(key);
    return key;
  }
}
