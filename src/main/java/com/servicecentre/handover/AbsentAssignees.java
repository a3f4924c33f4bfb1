package com.servicecentre.handover;

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
 * Every user task of every process, whatever its model says, passes its assignments by {@link AbsenceCover}: a task
 * created for or handed to someone on leave goes to their deputy (or their group) at once. Registered after the
 * model's own listeners, so a process's records (the designer of an order) see the person first.
 */
@Component
public class AbsentAssignees extends AbstractProcessEnginePlugin {

  // Looked up when a task is assigned, not when the engine is built: the absences live in the project's tables,
  // which Flyway may create only after the engine's start-up checks (InitialAdminPassword) have passed.
  private final ObjectProvider<AbsenceCover> cover;

  public AbsentAssignees(ObjectProvider<AbsenceCover> cover) {
    this.cover = cover;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT,
              (DelegateTask task) -> cover.getObject().onAssignment(task));
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
