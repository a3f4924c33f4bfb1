package com.servicecentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-up and deployment on a real MySQL-protocol server through mysql-connector-j, in a database of its own.
 * Skipped when no server answers, unless REQUIRE_MYSQL=true (as .ci/run sets it), which turns that into a failure.
 */
@OwnApplication
class MySqlStartupTest {

  private static final String SERVER = System.getenv().getOrDefault("TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/");
  private static final String USER = System.getenv().getOrDefault("TEST_MYSQL_USER", "root");
  private static final String PASSWORD = System.getenv().getOrDefault("TEST_MYSQL_PASSWORD", "");
  private static final String DATABASE = "service_centre_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  private static boolean created;

  @BeforeAll
  static void createDatabase() {
    try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
      created = true;
    } catch (SQLException e) {
      String why = "No MySQL/MariaDB server reachable at " + SERVER + " (" + e.getMessage() + ")";
      if (Boolean.parseBoolean(System.getenv("REQUIRE_MYSQL"))) {
        throw new IllegalStateException(why + "; REQUIRE_MYSQL=true forbids skipping", e);
      }
      assumeTrue(false, why + ": MySQL tests skipped");
    }
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    if (!created) {
      return;
    }
    try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE " + DATABASE);
    }
  }

  @Test
  void engineStartsAndDeploysEveryModelOnMySql() throws Exception {
    String url = SERVER + DATABASE + "?sendFractionalSeconds=false&characterEncoding=UTF-8";
    try (ConfigurableApplicationContext app = SpringApplication.run(ServiceCentreApplication.class,
        "--spring.profiles.active=mysql", "--server.port=0",
        "--spring.datasource.url=" + url, "--spring.datasource.username=" + USER,
        "--spring.datasource.password=" + PASSWORD,
        "--camunda.bpm.admin-user.id=ciadmin", "--camunda.bpm.admin-user.password=Ci-Admin-Secret-7")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(engine.getProcessEngineConfiguration().getDatabaseType()).isEqualTo("mysql");
      ApplicationStartupTest.assertEveryModelDeployed(engine);
      // The production profile creates no demo login.
      assertThat(engine.getIdentityService().createUserQuery().userId("demo").count()).isZero();
      assertThat(engine.getIdentityService().checkPassword("ciadmin", "Ci-Admin-Secret-7")).isTrue();
    }
  }
}
