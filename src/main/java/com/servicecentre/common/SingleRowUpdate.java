package com.servicecentre.common;

import org.springframework.jdbc.core.JdbcTemplate;

/** Register updates address one case by its number, the last argument: anything but one row is a bug. */
public final class SingleRowUpdate {

  private SingleRowUpdate() {}

  public static void update(JdbcTemplate jdbc, String register, String sql, Object... args) {
    if (jdbc.update(sql, args) != 1) {
      throw new IllegalStateException(args[args.length - 1] + " is not in the " + register);
    }
  }
}
