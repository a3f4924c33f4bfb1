package com.servicecentre.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The bare model of a path: the user tasks one case of the project's process met, in that order, with the same
 * ids, candidate groups and assignees, and nothing else (no delegates, tables, timers, due dates, listeners,
 * asynchronous steps). An assignee or candidate-group expression of the form ${variable} is kept where the bare
 * case has that variable (started with it, or submitted by an earlier task); otherwise the value the project's
 * case had is written literally.
 */
final class BareTwin {

  private static final Pattern SIMPLE = Pattern.compile("\\$\\{(\\w+)}");

  private BareTwin() {}

  static String deploy(RepositoryService repository, CasePath path, List<CaseDriver.SeenTask> seen) {
    String key = "bare-" + path.name();
    BpmnModelInstance project = repository.getBpmnModelInstance(repository.createProcessDefinitionQuery()
        .processDefinitionKey(path.processKey()).latestVersion().singleResult().getId());
    Set<String> known = new HashSet<>(path.startVariables().apply(0).keySet());
    Map<String, Integer> visits = new HashMap<>();
    AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(key).name("bare " + path.name())
        .camundaHistoryTimeToLiveString("P1825D").startEvent();
    for (CaseDriver.SeenTask task : seen) {
      UserTask original = project.getModelElementById(task.key());
      int visit = visits.merge(task.key(), 1, Integer::sum);
      var userTask = builder.userTask(visit == 1 ? task.key() : task.key() + "-" + visit).name(original.getName());
      String assignee = choose(original.getCamundaAssignee(), task.assignee(), known);
      if (assignee != null) {
        userTask.camundaAssignee(assignee);
      }
      String groups = choose(original.getCamundaCandidateGroups(), task.candidateGroups().isEmpty() ? null
          : String.join(",", task.candidateGroups()), known);
      if (groups != null) {
        userTask.camundaCandidateGroups(groups);
      }
      known.addAll(path.steps().get(task.key()).variables().keySet());
      builder = userTask;
    }
    BpmnModelInstance model = builder.endEvent().done();
    repository.createDeployment().name("bench " + key).addModelInstance(key + ".bpmn", model).deploy();
    return key;
  }

  private static String choose(String expression, String seenValue, Set<String> known) {
    if (expression != null) {
      Matcher simple = SIMPLE.matcher(expression.strip());
      if (simple.matches() && known.contains(simple.group(1))) {
        return expression.strip();
      }
    }
    return seenValue;
  }
}
