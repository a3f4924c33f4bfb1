package com.servicecentre.common;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A row that exists once (a message, a ledger entry, a commission): insert it, and let the table's unique key say
 * whether it was there already. A retried job or a second node then writes nothing twice, without a
 * check-then-insert race.
 */
public final class InsertOnce {

  private InsertOnce() {}

  /** True if inserted, false if its unique key was taken. */
  public static boolean insert(JdbcTemplate jdbc, String sql, Object... args) {
    try {
      jdbc.update(sql, args);
      return true;
    } catch (DuplicateKeyException alreadyThere) {
      return false;
    }
  }
}
