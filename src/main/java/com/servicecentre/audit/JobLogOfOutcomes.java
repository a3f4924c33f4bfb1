package com.servicecentre.audit;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * History level full, except that the job log keeps what became of a job (it failed, with the error; it
 * succeeded) and not that it was created or deleted. Every user task has a warning and an overdue timer that are
 * created and deleted unfired, and each asynchronous step is a job: those two rows per job were the largest part of
 * the history a case writes that nobody reads (lifecycle benchmark: 24 of a complaint's 28 job-log rows). The
 * audit trail does not read the job log; Cockpit's job log still shows every failure and success. A filter on the
 * history handler rather than a custom history level: a level of its own needs an id of its own, and the engine
 * refuses to start on a database whose recorded level (full, 3) differs from the configured one.
 */
@Component
public class JobLogOfOutcomes extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(new WithoutCreationsAndDeletions());
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  /** The engine's own database handler, leaving out job-log rows of creations and deletions. */
  static final class WithoutCreationsAndDeletions extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricJobLogEvent log && (log.isCreationLog() || log.isDeletionLog())) {
        return;
      }
      super.handleEvent(event);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
