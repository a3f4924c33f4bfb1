package com.servicecentre.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A step that comes round again (a second approver, a return visit after a reopening, a re-inspection) starts
 * clean: the variables its user task names in the property {@code freshInputs} are removed as the task is
 * created, so Tasklist shows empty fields and an untouched form cannot act on the previous answer. The previous
 * answers stay in the audit trail.
 */
@Component
public class EachRoundStartsClean extends AbstractProcessEnginePlugin {

  static final String FRESH_INPUTS = "freshInputs";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        List<String> inputs = freshInputs(userTask);
        if (!inputs.isEmpty() && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE,
              (DelegateTask task) -> inputs.forEach(task.getExecution()::removeVariable));
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private static List<String> freshInputs(Element userTask) {
    Element extensions = userTask.element("extensionElements");
    Element properties = extensions == null ? null
        : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return List.of();
    }
    for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
      if (FRESH_INPUTS.equals(property.attribute("name"))) {
        return List.of(property.attribute("value").trim().split("\\s*,\\s*"));
      }
    }
    return List.of();
  }
}
