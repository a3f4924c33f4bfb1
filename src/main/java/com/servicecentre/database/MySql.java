package com.servicecentre.database;

import java.sql.Connection;
import java.sql.SQLException;

/** Recognises MySQL and MariaDB (which mysql-connector-j reports as MySQL). */
final class MySql {

  private MySql() {
  }

  static boolean is(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    return product.contains("MySQL") || product.contains("MariaDB");
  }
}
