package com.servicecentre.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Who may complete or be handed a task. The rules live in the model, as properties of the user task:
 * {@code department} names the groups whose members may hold a task that has a personal assignee instead of
 * candidate groups; {@code separateFrom} names who may not do this step because of an earlier one in the same
 * case ({@code starter}, or a task id: whoever completed it). Department heads (staff.yml) reassign within the
 * groups they lead.
 */
final class TaskDuties {

  static final String DEPARTMENT = "department";
  static final String SEPARATE_FROM = "separateFrom";
  static final String STARTER = "starter";

  private final Departments departments;
  private final Map<String, Map<String, String>> propertiesByActivity = new ConcurrentHashMap<>();

  TaskDuties(Departments departments) {
    this.departments = departments;
  }

  /** A task is completed by a member of its candidate groups, or by its assignee from its department. */
  void checkMayComplete(TaskEntity task, Authentication caller, CommandContext context) {
    String user = caller.getUserId();
    Set<String> groups = groupsOf(caller);
    Set<String> candidateGroups = candidates(task, true);
    Set<String> candidateUsers = candidates(task, false);
    if (!candidateGroups.isEmpty() || !candidateUsers.isEmpty()) {
      if (!candidateUsers.contains(user) && Collections.disjoint(groups, candidateGroups)) {
        throw new DutyRefused(user + " 不能办理「" + task.getName() + "」：此任务由 "
            + names(candidateGroups, context) + " 办理");
      }
    } else if (task.getAssignee() != null) {
      if (!task.getAssignee().equals(user)) {
        throw new DutyRefused(user + " 不能办理「" + task.getName() + "」：此任务已交给 " + task.getAssignee());
      }
      Set<String> department = department(task, context);
      if (!department.isEmpty() && Collections.disjoint(groups, department)) {
        throw new DutyRefused(user + " 不能办理「" + task.getName() + "」：此任务由 " + names(department, context)
            + " 办理");
      }
    }
    List<String> separateFrom = list(property(task, SEPARATE_FROM, context));
    if (!separateFrom.isEmpty()) {
      List<String> earlierSteps = earlierStepsOf(user, task.getProcessInstanceId(), separateFrom, context);
      if (!earlierSteps.isEmpty()) {
        throw new DutyRefused(user + " 在本案已" + String.join("、", earlierSteps) + "，按职责分离不能再办理「"
            + task.getName() + "」，请由他人办理");
      }
    }
  }

  /** A new assignee belongs to the task's department, and only a head of that department hands it over. */
  void checkMayAssign(TaskEntity task, String newAssignee, Authentication caller, CommandContext context) {
    Set<String> department = new LinkedHashSet<>(candidates(task, true));
    department.addAll(department(task, context));
    if (department.isEmpty()) {
      return;
    }
    IdentityService identity = context.getProcessEngineConfiguration().getIdentityService();
    Set<String> assigneeGroups = identity.createGroupQuery().groupMember(newAssignee).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    if (Collections.disjoint(assigneeGroups, department)) {
      throw new DutyRefused("「" + task.getName() + "」只能交给 " + names(department, context) + " 的人员，"
          + newAssignee + " 不是");
    }
    boolean admin = context.getAuthorizationManager().isCamundaAdmin(caller);
    if (!admin && Collections.disjoint(departments.ledBy(groupsOf(caller)), department)) {
      throw new DutyRefused(caller.getUserId() + " 不能改派「" + task.getName() + "」：只有 "
          + names(department, context) + " 的部门负责人可以改派");
    }
  }

  private Set<String> department(TaskEntity task, CommandContext context) {
    return new LinkedHashSet<>(list(property(task, DEPARTMENT, context)));
  }

  /** What this user did earlier in the case that keeps them from this step, as staff would say it. */
  private List<String> earlierStepsOf(String user, String processInstanceId, List<String> separateFrom,
      CommandContext context) {
    HistoryService history = context.getProcessEngineConfiguration().getHistoryService();
    List<String> steps = new ArrayList<>();
    for (String role : separateFrom) {
      if (STARTER.equals(role)) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId).singleResult();
        if (instance != null && user.equals(instance.getStartUserId())) {
          steps.add("发起申请");
        }
        continue;
      }
      Map<String, String> completedBy = new HashMap<>();
      history.createUserOperationLogQuery().processInstanceId(processInstanceId)
          .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()
          .forEach(e -> completedBy.putIfAbsent(e.getTaskId(), e.getUserId()));
      for (HistoricTaskInstance done : history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(role).finished().list()) {
        String doer = completedBy.getOrDefault(done.getId(), done.getAssignee());
        if (user.equals(doer)) {
          steps.add("办理「" + done.getName() + "」");
          break;
        }
      }
    }
    return steps;
  }

  private String property(TaskEntity task, String name, CommandContext context) {
    String processDefinitionId = task.getProcessDefinitionId();
    Map<String, String> properties = propertiesByActivity.computeIfAbsent(
        processDefinitionId + "#" + task.getTaskDefinitionKey(), k -> {
          BpmnModelInstance model = context.getProcessEngineConfiguration().getDeploymentCache()
              .findBpmnModelInstanceForProcessDefinition(processDefinitionId);
          BaseElement element = model.getModelElementById(task.getTaskDefinitionKey());
          Map<String, String> found = new HashMap<>();
          if (element != null && element.getExtensionElements() != null) {
            element.getExtensionElements().getElementsQuery().filterByType(
                org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list()
                .forEach(p -> p.getCamundaProperties().forEach((CamundaProperty property) ->
                    found.put(property.getCamundaName(), property.getCamundaValue())));
          }
          return Map.copyOf(found);
        });
    return properties.get(name);
  }

  private static Set<String> candidates(TaskEntity task, boolean groups) {
    Set<String> found = new LinkedHashSet<>();
    for (IdentityLinkEntity link : task.getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        String id = groups ? link.getGroupId() : link.getUserId();
        if (id != null) {
          found.add(id);
        }
      }
    }
    return found;
  }

  private static Set<String> groupsOf(Authentication caller) {
    return caller.getGroupIds() == null ? Set.of() : new HashSet<>(caller.getGroupIds());
  }

  private static String names(Collection<String> groupIds, CommandContext context) {
    Map<String, String> nameById = new HashMap<>();
    context.getProcessEngineConfiguration().getIdentityService().createGroupQuery()
        .groupIdIn(groupIds.toArray(String[]::new)).list()
        .forEach(g -> nameById.put(g.getId(), g.getName()));
    return groupIds.stream().map(id -> nameById.getOrDefault(id, id)).collect(Collectors.joining("、"));
  }

  private static List<String> list(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return List.of(commaSeparated.trim().split("\\s*,\\s*"));
  }
}
