package com.servicecentre.bench;

import com.servicecentre.LeaveOutTestEngine;
import com.servicecentre.ServiceCentreApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application (its Spring Boot context, engine plugins, delegates, DMN, history level full, authorization
 * on, demo staff) on a fresh database: an H2 file in a temp folder, or a database of its own on the local MariaDB
 * that is dropped on close. Differences from production, both for fairness between project and bare model: the
 * job executor, the notification relay and the absence schedule are off (the benchmark runs a case's asynchronous
 * steps itself), and the DataSource is wrapped by datasource-proxy so that statements can be counted.
 */
final class BenchApplication implements AutoCloseable {

  static final String MARIADB_SERVER = "jdbc:mysql://127.0.0.1:3306/";
  static final String MARIADB_DATABASE = "bench_lifecycle";

  final String database;
  final ConfigurableApplicationContext context;
  private final Path folder;

  private BenchApplication(String database, ConfigurableApplicationContext context, Path folder) {
    this.database = database;
    this.context = context;
    this.folder = folder;
  }

  static BenchApplication start(String database, SqlCounter counter) throws IOException, SQLException {
    Map<String, Object> properties = new LinkedHashMap<>();
    Path folder = null;
    if (database.equals("mariadb")) {
      mariadb("DROP DATABASE IF EXISTS " + MARIADB_DATABASE);
      mariadb("CREATE DATABASE " + MARIADB_DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
      properties.put("spring.datasource.url", MARIADB_SERVER + MARIADB_DATABASE);
      properties.put("spring.datasource.username", "root");
      properties.put("spring.datasource.password", "");
      properties.put("spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver");
      // As application-mysql.yml configures the pool and the driver.
      properties.put("spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED");
      properties.put("spring.datasource.hikari.data-source-properties.nullDatabaseMeansCurrent", "true");
      properties.put("spring.datasource.hikari.data-source-properties.sendFractionalSeconds", "false");
      properties.put("spring.datasource.hikari.data-source-properties.characterEncoding", "UTF-8");
      properties.put("spring.datasource.hikari.data-source-properties.connectionCollation", "utf8mb4_bin");
    } else {
      folder = Files.createTempDirectory("bench-h2-");
      // The application's own H2 URL, in a fresh folder.
      properties.put("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("service-centre")
          + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("service-centre.notification.relay.enabled", "false");
    properties.put("service-centre.handover.schedule.enabled", "false");
    properties.put("server.port", "0");
    properties.put("logging.level.root", "WARN");
    properties.put("spring.main.banner-mode", "off");

    ConfigurableApplicationContext context = new SpringApplicationBuilder(ServiceCentreApplication.class)
        .web(WebApplicationType.SERVLET).profiles("demo")
        .initializers(ctx -> {
          // The test sources are on the class path: keep the test engine's stand-ins out of the application.
          ctx.getBeanFactory().registerSingleton("benchLeavesOutTestConfiguration", new LeaveOutTestEngine());
          ctx.getBeanFactory().addBeanPostProcessor(new CountingDataSource(counter));
        })
        // As command-line arguments: they win over application.yml (default properties would not).
        .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    return new BenchApplication(database, context, folder);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() throws Exception {
    context.close();
    if (database.equals("mariadb")) {
      mariadb("DROP DATABASE IF EXISTS " + MARIADB_DATABASE);
    }
    if (folder != null) {
      try (var files = Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void mariadb(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(MARIADB_SERVER, "root", ""); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private record CountingDataSource(SqlCounter counter) implements BeanPostProcessor {
    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
      if (bean instanceof DataSource dataSource && name.equals("dataSource")) {
        return ProxyDataSourceBuilder.create(dataSource).name("bench").listener(counter).methodListener(counter)
            .build();
      }
      return bean;
    }
  }
}
