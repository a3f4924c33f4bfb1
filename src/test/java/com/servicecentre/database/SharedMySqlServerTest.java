package com.servicecentre.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ApplicationStartupTest;
import com.servicecentre.OwnApplication;
import com.servicecentre.ServiceCentreApplication;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The mysql profile on a server that already holds another service-centre database (a test or staging copy):
 * the application creates its own schema in the empty database named in a plain DB_URL.
 */
@OwnApplication
class SharedMySqlServerTest {

  @Test
  void startsOnAnEmptyDatabaseBesideAnotherCamundaSchema() throws Exception {
    try (MySqlTestDatabase first = MySqlTestDatabase.create("");
        MySqlTestDatabase second = MySqlTestDatabase.create("")) {
      startAndCheck(first);
      startAndCheck(second);
    }
  }

  private static void startAndCheck(MySqlTestDatabase database) throws Exception {
    try (ConfigurableApplicationContext app = SpringApplication.run(ServiceCentreApplication.class,
        database.applicationArgs())) {
      ApplicationStartupTest.assertEveryModelDeployed(app.getBean(ProcessEngine.class));
    }
    try (Connection c = database.connect(); Statement s = c.createStatement();
        ResultSet tables = s.executeQuery("SELECT COUNT(*) FROM information_schema.TABLES "
            + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ACT_RU_EXECUTION'")) {
      tables.next();
      assertThat(tables.getInt(1)).as("Camunda's tables in " + database.name()).isEqualTo(1);
    }
  }
}
