package com.servicecentre.identity;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
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
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * The case on every task card (its number, who, where) for the people the task is for, and only for them.
 *
 * <p>Tasklist reads a card's variables per filter with the reader's own rights: Camunda's variable query returns a
 * variable only to whoever may read the process instance it belongs to (READ on it, or READ_INSTANCE on its
 * definition) or the task it is local to (READ on the task). Staff hold neither right on process instances, and
 * must not: that would show them every case of the process. The candidates and the assignee of a task do hold
 * READ on the task (Camunda grants it with the candidate group or the assignment). So, as each user task is
 * created, the case variables staff.yml lists under {@code cardVariables} are copied into variables local to the
 * task, under their own names ({@code card_caseNo} …), which the filters show on the card. A copy never shadows
 * the case's variable (a form that edits the case's value still writes the case), and it is the value the task was
 * created with.
 */
@Component
public class CaseOnTheCard extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(CaseOnTheCard.class);
  private static final String PREFIX = "card_";

  private final List<String> names;

  public CaseOnTheCard(ResourceLoader resources,
      @Value("${service-centre.staff.file:classpath:staff/staff.yml}") String staffFile) {
    this.names = cardVariableNames(resources, staffFile);
  }

  /** The name of the task's copy of a case variable, as the filters list it. */
  public static String copyName(String caseVariable) {
    return PREFIX + caseVariable;
  }

  /** Whether a task variable of this name is a card's copy (kept out of the audit trail's variable changes). */
  public static boolean isCopy(String variableName) {
    return variableName != null && variableName.startsWith(PREFIX);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE,
              (DelegateTask task) -> copyOnto(task));
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private void copyOnto(DelegateTask task) {
    if (task.getExecution() != null) {
      copies(names, name -> task.getExecution().getVariableTyped(name, false)).forEach(task::setVariableLocal);
    }
  }

  /**
   * The copies of the case's card variables that have a value. A value already on the card is not repeated: a
   * home repair's 地点 is its 楼栋/房号.
   */
  private static Map<String, Object> copies(List<String> names, Function<String, TypedValue> caseVariable) {
    Map<String, Object> copies = new LinkedHashMap<>();
    Set<Object> shown = new HashSet<>();
    for (String name : names) {
      TypedValue value = caseVariable.apply(name);
      if (value != null && value.getValue() != null && shown.add(value.getValue())) {
        copies.put(copyName(name), value);
      }
    }
    return copies;
  }

  /** Tasks created before the cards had their copies get them (at start-up, each once). */
  static void copyOntoOpenTasks(ProcessEngine engine, List<String> names) {
    TaskService tasks = engine.getTaskService();
    // One query for the tasks that have their copies (every case has a number), rather than one per task.
    Set<String> copied = engine.getRuntimeService().createVariableInstanceQuery()
        .variableName(copyName(names.get(0))).disableBinaryFetching().disableCustomObjectDeserialization().list()
        .stream().map(VariableInstance::getTaskId).filter(Objects::nonNull).collect(Collectors.toSet());
    for (Task task : tasks.createTaskQuery().active().list()) {
      if (task.getExecutionId() == null || copied.contains(task.getId())) {
        continue;
      }
      try {
        tasks.setVariablesLocal(task.getId(), copies(names,
            name -> engine.getRuntimeService().getVariableTyped(task.getExecutionId(), name, false)));
      } catch (ProcessEngineException gone) {
        // completed, or given its copies by another node, meanwhile
        LOG.debug("task {} not given its card copies: {}", task.getId(), gone.getMessage());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> cardVariableNames(ResourceLoader resources, String staffFile) {
    try (InputStream in = resources.getResource(staffFile).getInputStream()) {
      Map<String, Object> staff = new Yaml().load(in);
      List<Map<String, Object>> cards = (List<Map<String, Object>>) staff.getOrDefault("cardVariables", List.of());
      List<String> names = cards.stream().map(card -> (String) card.get("name")).toList();
      if (names.isEmpty()) {
        throw new IllegalStateException(staffFile + ": cardVariables is empty");
      }
      return names;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read staff file " + staffFile + ": " + e.getMessage(), e);
    }
  }
}
