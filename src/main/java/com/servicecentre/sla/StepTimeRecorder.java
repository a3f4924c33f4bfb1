package com.servicecentre.sla;

import com.servicecentre.common.EngineClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Engine adapter: every user task of every model, when completed with a due date, is written to the step register
 * ({@link StepTimes}): due, done, working time taken and how late, on the calendar of its rule. No model needs to
 * ask for it, so no timed step is left out.
 */
@Component
public class StepTimeRecorder extends AbstractProcessEnginePlugin {

  private final ObjectProvider<StepTimes> steps;
  private final ObjectProvider<ServiceLevels> levels;
  private final ObjectProvider<StepTimeLimits> stepLimits;

  public StepTimeRecorder(ObjectProvider<StepTimes> steps, ObjectProvider<ServiceLevels> levels,
      ObjectProvider<StepTimeLimits> stepLimits) {
    this.steps = steps;
    this.levels = levels;
    this.stepLimits = stepLimits;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    TaskListener record = this::record;
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_COMPLETE, record);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private void record(DelegateTask task) {
    if (task.getDueDate() == null) {
      return;
    }
    Instant started = task.getCreateTime().toInstant();
    Instant due = task.getDueDate().toInstant();
    Instant done = EngineClock.instant();
    String processKey = task.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(task.getProcessDefinitionId()).getKey();
    String calendar = calendarOf(task, processKey);
    Long working = null;
    Long late = null;
    if (calendar != null) {
      ServiceLevels sl = levels.getObject();
      working = sl.workingTimeBetween(calendar, started, done).toMinutes();
      late = done.isAfter(due) ? sl.workingTimeBetween(calendar, due, done).toMinutes() : 0L;
    }
    Object caseNo = task.getVariable("caseNo");
    steps.getObject().record(new StepTimes.StepTime(caseNo == null ? task.getExecution().getProcessBusinessKey()
        : caseNo.toString(), task.getProcessInstanceId(), processKey, task.getTaskDefinitionKey(), task.getId(), calendar,
        EngineClock.local(task.getCreateTime()), EngineClock.local(task.getDueDate()),
        EngineClock.local(java.util.Date.from(done)), working, 0, late, !done.isAfter(due), task.getTenantId()));
  }

  /** The case's calendar (complaints, repairs), else the step table's, else none (then no working minutes). */
  private String calendarOf(DelegateTask task, String processKey) {
    Object calendar = task.getVariable("calendar");
    if (calendar != null) {
      return calendar.toString();
    }
    try {
      String due = stepLimits.getObject().due(processKey, task.getTaskDefinitionKey());
      return due.substring(0, due.indexOf(':'));
    } catch (RuntimeException noRule) {
      return null;
    }
  }
}
