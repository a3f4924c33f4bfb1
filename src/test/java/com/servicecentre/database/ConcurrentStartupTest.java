package com.servicecentre.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ApplicationStartupTest;
import com.servicecentre.OwnApplication;
import com.servicecentre.ServiceCentreApplication;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.yaml.snakeyaml.Yaml;

/**
 * Two nodes of a cluster started at the same moment on a fresh MySQL/MariaDB database (a first deployment, or
 * both restarted after a release): both come up, and the schema, the deployment, the first admin, the staff
 * groups, their authorizations and the Tasklist filters exist once.
 */
@OwnApplication
class ConcurrentStartupTest {

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void twoNodesStartingTogetherOnAFreshDatabaseBothStart() throws Exception {
    try (MySqlTestDatabase database = MySqlTestDatabase.create("")) {
      List<ConfigurableApplicationContext> started = new ArrayList<>();
      List<Throwable> failures = new ArrayList<>();
      CyclicBarrier together = new CyclicBarrier(2);
      ExecutorService nodes = Executors.newFixedThreadPool(2);
      try {
        List<Future<ConfigurableApplicationContext>> runs = new ArrayList<>();
        for (String node : List.of("node1", "node2")) {
          // Camunda keeps engines in a JVM-wide registry: each node's engine needs its own name here.
          runs.add(nodes.submit(() -> {
            together.await();
            return SpringApplication.run(ServiceCentreApplication.class,
                database.applicationArgs("--camunda.bpm.process-engine-name=" + node));
          }));
        }
        for (Future<ConfigurableApplicationContext> run : runs) {
          try {
            started.add(run.get(8, TimeUnit.MINUTES));
          } catch (java.util.concurrent.ExecutionException e) {
            failures.add(e.getCause());
          }
        }
        assertThat(failures).as("start-up failures").extracting(ConcurrentStartupTest::rootMessage).isEmpty();
        for (ConfigurableApplicationContext app : started) {
          ApplicationStartupTest.assertEveryModelDeployed(app.getBean(ProcessEngine.class));
        }
        assertEverythingOnce(database);
      } finally {
        started.forEach(ConfigurableApplicationContext::close);
        nodes.shutdownNow();
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void assertEverythingOnce(MySqlTestDatabase database) throws Exception {
    Map<String, Object> staff;
    try (InputStream in = ConcurrentStartupTest.class.getResourceAsStream("/staff/staff.yml")) {
      staff = new Yaml().load(in);
    }
    int groups = ((List<Object>) staff.get("groups")).size();
    int filters = ((List<Object>) staff.get("filters")).size();
    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      assertThat(rows(s, "SELECT ID_ FROM ACT_ID_GROUP WHERE ID_ <> 'camunda-admin'")).hasSize(groups);
      assertThat(rows(s, "SELECT NAME_ FROM ACT_RU_FILTER")).hasSize(filters).doesNotHaveDuplicates();
      assertThat(rows(s, "SELECT CONCAT(TYPE_, ' ', GROUP_ID_, ' ', RESOURCE_TYPE_, ' ', RESOURCE_ID_) "
          + "FROM ACT_RU_AUTHORIZATION WHERE GROUP_ID_ IS NOT NULL")).doesNotHaveDuplicates();
      // Every filter grant points at a filter that exists.
      assertThat(rows(s, "SELECT a.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION a LEFT JOIN ACT_RU_FILTER f "
          + "ON f.ID_ = a.RESOURCE_ID_ WHERE a.RESOURCE_TYPE_ = 5 AND a.RESOURCE_ID_ <> '*' AND f.ID_ IS NULL"))
          .isEmpty();
      assertThat(rows(s, "SELECT ID_ FROM ACT_ID_USER")).containsExactly("ciadmin");
      assertThat(rows(s, "SELECT KEY_ FROM ACT_RE_PROCDEF")).doesNotHaveDuplicates();
      assertThat(rows(s, "SELECT KEY_ FROM ACT_RE_DECISION_DEF")).doesNotHaveDuplicates();
      assertThat(rows(s, "SELECT version FROM flyway_schema_history")).doesNotHaveDuplicates();
    }
  }

  private static List<String> rows(Statement s, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
