package com.servicecentre.sla;

import com.servicecentre.common.EngineClock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/** The open tasks of the step a timer watches, who works on them, and the key of a message about them. */
final class TimedTasks {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private TimedTasks() {}

  static List<Task> of(DelegateExecution execution) {
    Object step = execution.getVariableLocal(TimedStep.VARIABLE);
    if (step == null) {
      throw new IllegalStateException("step " + execution.getCurrentActivityId()
          + " is reached from a timer without the timedStep listener");
    }
    return execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(step.toString()).list();
  }

  /** The assignee, else the candidate groups: who is working on the task. */
  static List<String> workingOn(DelegateExecution execution, Task task) {
    if (task.getAssignee() != null) {
      return List.of(task.getAssignee());
    }
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : execution.getProcessEngineServices().getTaskService().getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  /**
   * Instance, step and round (how often the step finished before, plus one), then what: a timer that fires again
   * for the same round (a retried job) finds the key taken and sends nothing; a step reached again sends anew.
   */
  static String key(DelegateExecution execution, Task task, String what) {
    long finishedBefore = execution.getProcessEngineServices().getHistoryService()
        .createHistoricActivityInstanceQuery().processInstanceId(execution.getProcessInstanceId())
        .activityId(task.getTaskDefinitionKey()).finished().count();
    return execution.getProcessInstanceId() + ":" + task.getTaskDefinitionKey() + ":" + (finishedBefore + 1) + ":"
        + what;
  }

  static String shown(Date date) {
    return SHOWN.format(date.toInstant());
  }

  static boolean reached(Date date) {
    return date != null && !date.toInstant().isAfter(EngineClock.instant());
  }

  static String caseNo(DelegateExecution execution) {
    Object no = execution.getVariable("caseNo");
    return no == null ? execution.getProcessBusinessKey() : no.toString();
  }
}
