package com.servicecentre.sla;

import com.servicecentre.common.CandidateGroups;
import com.servicecentre.notification.Notification;
import com.servicecentre.notification.NotificationPort;
import com.servicecentre.office.OfficeRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 超时督办: the step's due time passed. The group one level above the task's group (table {@code escalation-levels})
 * joins the task as a candidate and is told; whoever works on it is reminded and keeps the task and what was
 * entered. Once per step and round, whatever the retries.
 */
@Component("escalateOverdue")
public class EscalateOverdue implements JavaDelegate {

  public static final String DECISION = "escalation-levels";

  private final NotificationPort notifications;
  private final OfficeRules officeRules;

  public EscalateOverdue(NotificationPort notifications, OfficeRules officeRules) {
    this.notifications = notifications;
    this.officeRules = officeRules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : TimedTasks.of(execution)) {
      if (!TimedTasks.reached(task.getDueDate())) {
        continue;
      }
      String caseNo = TimedTasks.caseNo(execution);
      String key = TimedTasks.key(execution, task, "overdue");
      List<String> workingOn = TimedTasks.workingOn(execution, task);
      for (String recipient : workingOn) {
        notifications.send(new Notification(key + ":" + recipient, "tasklist", recipient,
            "已超时：" + caseNo + "「" + task.getName() + "」已过时限 " + TimedTasks.shown(task.getDueDate())
                + "，请尽快办结"));
      }
      String escalateTo = escalateTo(execution, task, workingOn);
      if (escalateTo != null) {
        CandidateGroups.add(tasks, task.getId(), escalateTo);
        notifications.send(new Notification(key + ":escalation", "tasklist", escalateTo,
            "请督办：" + caseNo + "「" + task.getName() + "」已过时限 " + TimedTasks.shown(task.getDueDate())));
      }
    }
  }

  /** One level above the task's group: its candidate group, or the first group of its assignee a rule knows. */
  private String escalateTo(DelegateExecution execution, Task task, List<String> workingOn) {
    List<String> groups = new ArrayList<>();
    if (task.getAssignee() == null) {
      groups.addAll(workingOn);
    } else {
      for (Group group : execution.getProcessEngineServices().getIdentityService().createGroupQuery()
          .groupMember(task.getAssignee()).orderByGroupId().asc().list()) {
        if (!group.getId().startsWith("camunda-")) {
          groups.add(group.getId());
        }
      }
    }
    for (String group : groups) {
      Map<String, Object> input = new HashMap<>();
      input.put("group", group);
      DmnDecisionResult result = officeRules.evaluation(execution.getProcessEngineServices().getDecisionService(),
          DECISION, execution.getTenantId()).variables(input).evaluate();
      if (!result.isEmpty() && result.getSingleResult().getEntry("escalateTo") != null
          && !groups.contains((String) result.getSingleResult().getEntry("escalateTo"))) {
        return result.getSingleResult().getEntry("escalateTo");
      }
    }
    return null;
  }
}
