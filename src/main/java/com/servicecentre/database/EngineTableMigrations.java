package com.servicecentre.database;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * Flyway migrations of Camunda's own tables (indexes the project's queries need), in db/engine-migration with a
 * history table of their own. They cannot run with the application's migrations: those may run before the engine
 * has created its schema on a new database. These run once the engine has built (and created or updated) it,
 * still inside the start-up lock, so two nodes never run them at once.
 */
@Component
public class EngineTableMigrations extends AbstractProcessEnginePlugin {

  private final DataSource dataSource;

  public EngineTableMigrations(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/engine-migration")
        .table("flyway_engine_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
