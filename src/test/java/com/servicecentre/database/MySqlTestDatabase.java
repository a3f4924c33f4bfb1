package com.servicecentre.database;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A database of its own on the test MySQL/MariaDB server (TEST_MYSQL_URL, TEST_MYSQL_USER, TEST_MYSQL_PASSWORD),
 * dropped on close. Without a server the test is skipped, unless REQUIRE_MYSQL=true, which makes it fail.
 */
public final class MySqlTestDatabase implements AutoCloseable {

  public static final String SERVER = System.getenv().getOrDefault("TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/");
  public static final String USER = System.getenv().getOrDefault("TEST_MYSQL_USER", "root");
  public static final String PASSWORD = System.getenv().getOrDefault("TEST_MYSQL_PASSWORD", "");
  /** The first administrator the application is started with (ADMIN_USER). */
  public static final String ADMIN = "ciadmin";
  /** Meets Camunda's default password policy, as the mysql profile requires. */
  public static final String ADMIN_PASSWORD = "Ci-Admin-Secret-2024";

  private final String name;

  private MySqlTestDatabase(String name) {
    this.name = name;
  }

  /** Creates a database with the server's defaults plus createOptions (e.g. "CHARACTER SET latin1"). */
  public static MySqlTestDatabase create(String createOptions) {
    String name = "service_centre_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " " + createOptions);
      return new MySqlTestDatabase(name);
    } catch (SQLException e) {
      String why = "No MySQL/MariaDB server reachable at " + SERVER + " (" + e.getMessage() + ")";
      if (Boolean.parseBoolean(System.getenv("REQUIRE_MYSQL"))) {
        throw new IllegalStateException(why + "; REQUIRE_MYSQL=true forbids skipping", e);
      }
      assumeTrue(false, why + ": MySQL tests skipped");
      throw new IllegalStateException("unreachable");
    }
  }

  public String name() {
    return name;
  }

  /** The URL as an operator would write it: no driver options. */
  public String url() {
    return SERVER + name;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), USER, PASSWORD);
  }

  /** The first column of every row the query answers, in this database. */
  public List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  /** The number a SELECT COUNT(*) answers, in this database. */
  public int count(String sql) throws SQLException {
    List<String> rows = rows(sql);
    if (rows.size() != 1) {
      throw new IllegalArgumentException("not one row: " + sql);
    }
    return Integer.parseInt(rows.get(0));
  }

  /**
   * Arguments that start the application in the mysql profile on this database the way an operator does (DB_URL
   * without driver options, DB_USER, DB_PASSWORD, ADMIN_USER=ciadmin, ADMIN_PASSWORD), then the extra ones.
   */
  public String[] applicationArgs(String... extra) {
    return applicationArgsWithAdmin(ADMIN, ADMIN_PASSWORD, extra);
  }

  /** As {@link #applicationArgs}, with another first administrator (ADMIN_USER, ADMIN_PASSWORD). */
  public String[] applicationArgsWithAdmin(String adminUser, String adminPassword, String... extra) {
    List<String> args = new ArrayList<>(List.of("--spring.profiles.active=mysql", "--server.port=0",
        "--DB_URL=" + url(), "--DB_USER=" + USER, "--DB_PASSWORD=" + PASSWORD,
        "--ADMIN_USER=" + adminUser, "--ADMIN_PASSWORD=" + adminPassword));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
    }
  }
}
