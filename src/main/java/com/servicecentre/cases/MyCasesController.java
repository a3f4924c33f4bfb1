package com.servicecentre.cases;

import com.servicecentre.api.StaffMember;
import com.servicecentre.common.IsoTime;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.servicecentre.office.Offices;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 我发起的案件: the cases the caller started, newest first, with their number, state and where each stands now (the
 * open steps and who holds them), so that a clerk can tell a caller how their case goes. Everyone sees their own
 * cases only.
 */
@RestController
@RequestMapping("/api/cases")
public class MyCasesController {

  static final int MAX = 100;
  private static final Map<String, String> STATES = Map.of("ACTIVE", "办理中", "SUSPENDED", "已挂起",
      "COMPLETED", "已办结", "EXTERNALLY_TERMINATED", "已撤销", "INTERNALLY_TERMINATED", "已终止");

  private final HistoryService history;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final Offices offices;

  public MyCasesController(HistoryService history, TaskService tasks, RepositoryService repository,
      IdentityService identity, Offices offices) {
    this.offices = offices;
    this.history = history;
    this.tasks = tasks;
    this.repository = repository;
    this.identity = identity;
  }

  @GetMapping("/mine")
  public Map<String, Object> mine(HttpServletRequest request) {
    StaffMember me = StaffMember.of(request);
    // (someone who moved to another office no longer follows the cases of the one they left)
    List<HistoricProcessInstance> started = Offices.only(history.createHistoricProcessInstanceQuery(),
        me.visibleOffices()).startedBy(me.userId()).rootProcessInstances().orderByProcessInstanceStartTime().desc()
        .listPage(0, MAX);
    Map<String, List<Task>> openTasks = new HashMap<>();
    List<String> active = started.stream().filter(p -> p.getEndTime() == null).map(HistoricProcessInstance::getId)
        .toList();
    if (!active.isEmpty()) {
      tasks.createTaskQuery().processInstanceIdIn(active.toArray(String[]::new)).orderByTaskCreateTime().asc()
          .list().forEach(t -> openTasks.computeIfAbsent(t.getProcessInstanceId(), k -> new ArrayList<>()).add(t));
    }
    Map<String, String> processNames = new HashMap<>();
    Map<String, String> officeNames = new HashMap<>();
    List<Map<String, Object>> cases = new ArrayList<>();
    for (HistoricProcessInstance instance : started) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("caseNo", instance.getBusinessKey());
      row.put("office", instance.getTenantId() == null ? null
          : officeNames.computeIfAbsent(instance.getTenantId(), offices::nameOf));
      row.put("process", processNames.computeIfAbsent(instance.getProcessDefinitionId(),
          id -> repository.getProcessDefinition(id).getName()));
      row.put("started", IsoTime.of(instance.getStartTime()));
      row.put("ended", IsoTime.of(instance.getEndTime()));
      row.put("state", instance.getState());
      row.put("stateLabel", STATES.getOrDefault(instance.getState(), instance.getState()));
      row.put("steps", openTasks.getOrDefault(instance.getId(), List.of()).stream().map(this::step).toList());
      cases.add(row);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("userId", me.userId());
    answer.put("name", nameOf(me.userId()));
    answer.put("cases", cases);
    return answer;
  }

  /** An open step: the task, who holds it (a person by name, or the groups that may take it), its due time. */
  private Map<String, Object> step(Task task) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("task", task.getName());
    if (task.getAssignee() != null) {
      step.put("holder", nameOf(task.getAssignee()));
    } else {
      List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
          .map(IdentityLink::getGroupId).toList();
      step.put("holder", groupNames(groups) + "（待领取）");
    }
    step.put("due", IsoTime.of(task.getDueDate()));
    return step;
  }

  private String groupNames(List<String> ids) {
    if (ids.isEmpty()) {
      return "";
    }
    Map<String, String> names = identity.createGroupQuery().groupIdIn(ids.toArray(String[]::new)).list().stream()
        .collect(Collectors.toMap(Group::getId, g -> g.getName() == null ? g.getId() : g.getName()));
    return ids.stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining("、"));
  }

  private String nameOf(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getLastName() == null ? "" : user.getLastName().trim())
        + (user.getFirstName() == null ? "" : user.getFirstName().trim())).trim();
    return name.isEmpty() ? userId : name;
  }
}
