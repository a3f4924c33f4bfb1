package com.servicecentre.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Nodes sharing a MySQL/MariaDB database start one at a time: creating or updating Camunda's schema, Flyway's
 * migrations, the deployment, the first admin, the utf8mb4 conversion and the staff (StaffLoader) each check
 * what exists and then add what is missing, which two nodes doing it at once would both add. The lock is a
 * named lock of the server (GET_LOCK) held on a connection of its own from before the engine touches the
 * database (or Flyway runs, whichever comes first) until the start-up's ready listeners ran
 * ({@link StartupLockRelease}); a node that dies lets it go with its connection. Nothing to do on H2.
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin implements FlywayMigrationStrategy, DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);
  // Server-wide name: one lock per database. MySQL allows 64 characters.
  private static final String NAME = "LEFT(CONCAT('service-centre start-up ', COALESCE(DATABASE(), '')), 64)";

  private final DataSource dataSource;
  private final Duration timeout;
  private Connection held;
  private boolean acquired;

  public StartupLock(DataSource dataSource,
      @Value("${service-centre.database.start-up-lock-timeout:PT10M}") Duration timeout) {
    this.dataSource = dataSource;
    this.timeout = timeout;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  /** Flyway may run before the engine is built: it waits for the lock too. */
  @Override
  public void migrate(Flyway flyway) {
    acquire();
    flyway.migrate();
  }

  /** Waits until no other node is starting on this database. Once per start-up. */
  public synchronized void acquire() {
    if (acquired) {
      return;
    }
    acquired = true;
    try {
      Connection connection = dataSource.getConnection();
      if (!MySql.is(connection)) {
        connection.close();
        return;
      }
      held = connection;
      LOG.info("Taking the start-up lock (held by any other node starting on this database; waiting at most {})",
          timeout);
      try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(" + NAME + ", ?)")) {
        lock.setLong(1, timeout.toSeconds());
        try (ResultSet rs = lock.executeQuery()) {
          rs.next();
          if (rs.getInt(1) != 1) {
            throw new IllegalStateException("Another node has been starting on this database for more than "
                + timeout + " (service-centre.database.start-up-lock-timeout); start-up stopped");
          }
        }
      }
    } catch (SQLException e) {
      release();
      throw new IllegalStateException("Could not take the start-up lock: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      release();
      throw e;
    }
  }

  /** Lets the next node start; closing the connection ends the lock even if releasing it failed. */
  public synchronized void release() {
    if (held == null) {
      return;
    }
    try (Connection connection = held) {
      held = null;
      try (PreparedStatement unlock = connection.prepareStatement("SELECT RELEASE_LOCK(" + NAME + ")")) {
        unlock.execute();
      }
    } catch (SQLException e) {
      LOG.warn("Releasing the start-up lock: {}", e.getMessage());
    }
  }

  /** A start-up that failed closes the context: the lock goes with it. */
  @Override
  public void destroy() {
    release();
  }
}
