package com.servicecentre.security;

import com.servicecentre.common.InputRefused;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Comment;
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
    // A claimed task is its assignee's: the registers take who signed, approved or decided from it, so a colleague
    // of the same group completing it would sign in the assignee's name. A head reassigns it first.
    if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
      throw new DutyRefused(user + " 不能办理「" + task.getName() + "」：此任务已由 " + person(task.getAssignee(), context)
          + " 认领，请其本人办理，或由部门负责人改派");
    }
    boolean candidate = candidateUsers.contains(user) || !Collections.disjoint(groups, candidateGroups);
    if (!candidateGroups.isEmpty() || !candidateUsers.isEmpty()) {
      // A step given to a person (it names its department) stays his when 超时督办 has since called in a head's
      // group as candidates; anyone else needs to be a candidate.
      Set<String> department = user.equals(task.getAssignee()) ? department(task, context) : Set.of();
      if (!candidate && (department.isEmpty() || Collections.disjoint(groups, department))) {
        throw new DutyRefused(user + " 不能办理「" + task.getName() + "」：此任务由 "
            + names(candidateGroups, context) + " 办理");
      }
    } else if (task.getAssignee() != null) {
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

  /**
   * A new assignee belongs to the task's department, and only a head of that department hands it over, with the
   * reason written first as a comment on the task (改派理由, in every process). Returns that reason, or null when
   * the caller took the task themselves. A reason serves one reassignment: it must be written after
   * {@code previous} (the task's last reassignment; null: none).
   */
  String checkMayAssign(TaskEntity task, String newAssignee, Authentication caller, CommandContext context,
      Date previous) {
    Set<String> department = new LinkedHashSet<>(candidates(task, true));
    department.addAll(department(task, context));
    if (!department.isEmpty()) {
      checkHeadOf(department, task, newAssignee, caller, context);
    }
    if (newAssignee.equals(caller.getUserId())) {
      return null;
    }
    String by = caller.getUserId();
    return context.getProcessEngineConfiguration().getTaskService().getTaskComments(task.getId()).stream()
        .filter(comment -> by.equals(comment.getUserId()))
        .filter(comment -> previous == null || comment.getTime().after(previous))
        .max(Comparator.comparing(Comment::getTime))
        .map(Comment::getFullMessage)
        .filter(reason -> !reason.isBlank())
        .orElseThrow(() -> new InputRefused(List.of(previous == null
            ? "comment(改派理由): 改派前请先在任务的评论中写明理由"
            : "comment(改派理由): 改派前请先在任务的评论中写明理由（上次改派后写的评论才算本次的理由）")));
  }

  private static String tenantName(String tenantId, IdentityService identity) {
    var tenant = identity.createTenantQuery().tenantId(tenantId).singleResult();
    return tenant == null || tenant.getName() == null ? tenantId : tenant.getName();
  }

  private void checkHeadOf(Set<String> department, TaskEntity task, String newAssignee, Authentication caller,
      CommandContext context) {
    IdentityService identity = context.getProcessEngineConfiguration().getIdentityService();
    Set<String> assigneeGroups = identity.createGroupQuery().groupMember(newAssignee).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    if (Collections.disjoint(assigneeGroups, department)) {
      throw new DutyRefused("「" + task.getName() + "」只能交给 " + names(department, context) + " 的人员，"
          + newAssignee + " 不是");
    }
    // The members of the group in the case's office: a colleague of another office could not even see the task.
    if (task.getTenantId() != null && identity.createTenantQuery().tenantId(task.getTenantId())
        .userMember(newAssignee).includingGroupsOfUser(true).count() == 0) {
      throw new DutyRefused("「" + task.getName() + "」只能交给 " + tenantName(task.getTenantId(), identity) + " 的人员，"
          + person(newAssignee, context) + " 不在该处工作");
    }
    boolean admin = context.getAuthorizationManager().isCamundaAdmin(caller);
    if (!admin && Collections.disjoint(departments.ledBy(groupsOf(caller)), department)) {
      throw new DutyRefused(caller.getUserId() + " 不能改派「" + task.getName() + "」：只有 "
          + names(department, context) + " 的部门负责人可以改派");
    }
  }

  /**
   * Unclaim (放回): the assignee gives back a task claimed by mistake, or a head of its department takes it back.
   * A task that no group can take (a personal one, such as a designer's 量房) is handed on by a head instead.
   */
  void checkMayRelease(TaskEntity task, Authentication caller, CommandContext context) {
    String assignee = task.getAssignee();
    if (assignee == null || isAdmin(caller, context)) {
      return;
    }
    if (!assignee.equals(caller.getUserId()) && !isHead(task, caller, context)) {
      throw new DutyRefused(person(caller.getUserId(), context) + " 不能放回「" + task.getName() + "」：它由 "
          + person(assignee, context) + " 认领，只有本人或部门负责人可以放回");
    }
    if (candidates(task, true).isEmpty() && candidates(task, false).isEmpty()) {
      throw new DutyRefused("「" + task.getName() + "」是交给 " + person(assignee, context)
          + " 本人办理的任务，放回后无人可以领取；如需换人，请部门负责人改派");
    }
  }

  /**
   * What Tasklist lets one change on a task itself. A follow-up date (跟进日期) is set by whoever works on the task;
   * the due date is the service level and stays; name, priority, candidates and the like come from the process;
   * tasks come from cases, never from the 新建任务 dialog. Administrators may do all of it.
   */
  void checkMayChange(EngineCommands.TaskChange change, TaskEntity stored, Authentication caller,
      CommandContext context) {
    if (isAdmin(caller, context)) {
      return;
    }
    switch (change.kind()) {
      case CREATE -> throw new DutyRefused("任务只能由案件产生，不能在任务列表中新建：请用「发起流程」登记案件");
      case FOLLOW_UP -> checkFollowUp(stored, change.followUp(), caller, context);
      case SAVE -> {
        TaskEntity wanted = change.changed();
        if (!sameTime(stored.getDueDate(), wanted.getDueDate())) {
          throw new DutyRefused(stored.getDueDate() == null
              ? "「" + stored.getName() + "」的到期时间由服务时限确定，不能自行设定"
              : "「" + stored.getName() + "」的到期时间是服务时限，不能" + (wanted.getDueDate() == null ? "删除" : "修改"));
        }
        if (!Objects.equals(stored.getAssignee(), wanted.getAssignee())) {
          throw new DutyRefused("请用「认领」「放回」或部门负责人的改派更换「" + stored.getName() + "」的办理人");
        }
        if (!Objects.equals(stored.getName(), wanted.getName())
            || !Objects.equals(stored.getDescription(), wanted.getDescription())
            || stored.getPriority() != wanted.getPriority()
            || !Objects.equals(stored.getOwner(), wanted.getOwner())
            || !Objects.equals(stored.getParentTaskId(), wanted.getParentTaskId())
            || !Objects.equals(stored.getCaseInstanceId(), wanted.getCaseInstanceId())
            || !Objects.equals(stored.getTenantId(), wanted.getTenantId())
            || !Objects.equals(stored.getDelegationState(), wanted.getDelegationState())) {
          throw unchangeable(stored);
        }
        if (!sameTime(stored.getFollowUpDate(), wanted.getFollowUpDate())) {
          checkFollowUp(stored, wanted.getFollowUpDate(), caller, context);
        }
      }
      case OTHER -> throw unchangeable(stored);
      default -> throw new IllegalStateException(change.kind().name());
    }
  }

  static final int FOLLOW_UP_DAYS = 90;

  private void checkFollowUp(TaskEntity task, Date followUp, Authentication caller, CommandContext context) {
    String user = caller.getUserId();
    boolean works = user.equals(task.getAssignee()) || candidates(task, false).contains(user)
        || !Collections.disjoint(groupsOf(caller), candidates(task, true)) || isHead(task, caller, context);
    if (!works) {
      throw new DutyRefused(person(user, context) + " 不能给「" + task.getName() + "」设跟进日期：只有办理此任务的人可以");
    }
    if (followUp != null) {
      long now = ClockUtil.getCurrentTime().getTime();
      long startOfToday = java.time.LocalDate.now(java.time.ZoneId.systemDefault())
          .atStartOfDay(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
      if (followUp.getTime() < Math.min(now, startOfToday)
          || followUp.getTime() > now + FOLLOW_UP_DAYS * 24L * 3600 * 1000) {
        throw new InputRefused(List.of("followUp(跟进日期): 须在今天起 " + FOLLOW_UP_DAYS + " 天以内"));
      }
    }
  }

  private static DutyRefused unchangeable(TaskEntity task) {
    return new DutyRefused("「" + task.getName() + "」的名称、说明、优先级、候选人和负责人由流程确定，不能在任务列表中修改");
  }

  private static boolean sameTime(Date a, Date b) {
    return a == null ? b == null : b != null && a.getTime() / 1000 == b.getTime() / 1000;
  }

  private boolean isHead(TaskEntity task, Authentication caller, CommandContext context) {
    Set<String> department = new LinkedHashSet<>(candidates(task, true));
    department.addAll(department(task, context));
    return !Collections.disjoint(departments.ledBy(groupsOf(caller)), department);
  }

  private static boolean isAdmin(Authentication caller, CommandContext context) {
    return context.getAuthorizationManager().isCamundaAdmin(caller);
  }

  /** A person as staff know them: 张伟 (family name first), or the login when no name is on file. */
  static String person(String userId, CommandContext context) {
    User user = context.getProcessEngineConfiguration().getIdentityService().createUserQuery().userId(userId)
        .singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getLastName() == null ? "" : user.getLastName().trim())
        + (user.getFirstName() == null ? "" : user.getFirstName().trim())).trim();
    return name.isEmpty() ? userId : name;
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
