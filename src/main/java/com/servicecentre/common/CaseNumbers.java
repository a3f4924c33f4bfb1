package com.servicecentre.common;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;

/** Hands out case numbers (XD000001, TS000001 …) that become business keys; unique across a cluster via the DB. */
@Component
public class CaseNumbers {

  private final SimpleJdbcInsert numbers;

  public CaseNumbers(JdbcTemplate jdbc) {
    this.numbers = new SimpleJdbcInsert(jdbc).withTableName("case_number").usingGeneratedKeyColumns("id");
  }

  public String next(String prefix) {
    Number id = numbers.executeAndReturnKey(Map.of("prefix", prefix, "issued_at", EngineClock.now()));
    return String.format("%s%06d", prefix, id.longValue());
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
