package com.servicecentre.complaint;

import com.servicecentre.common.CandidateGroups;
import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.complaint.ComplaintProcess.ESCALATE_TO;
import static com.servicecentre.complaint.ComplaintProcess.ESCALATION;
import static com.servicecentre.complaint.ComplaintProcess.HANDLE_COMPLAINT;
import static com.servicecentre.complaint.ComplaintProcess.RESPONSIBLE_GROUP;

import com.servicecentre.notification.Notification;
import com.servicecentre.notification.NotificationPort;
import com.servicecentre.notification.SendNotification;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 督办: at a time limit the handler is reminded and the group named by the input parameter {@code escalateTo}
 * joins the handling task as a candidate, so it can follow up or take over; the handler keeps the task and all
 * that was entered.
 */
@Component("escalateComplaint")
public class EscalateComplaint implements JavaDelegate {

  private final ComplaintRegister register;
  private final NotificationPort notifications;

  public EscalateComplaint(ComplaintRegister register, NotificationPort notifications) {
    this.register = register;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String escalateTo = ESCALATE_TO.get(execution);
    String complaintNo = CASE_NO.get(execution);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    String key = SendNotification.keyOf(execution);
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(HANDLE_COMPLAINT).list()) {
      CandidateGroups.add(tasks, task.getId(), escalateTo);
      String handler = task.getAssignee() != null ? task.getAssignee() : RESPONSIBLE_GROUP.from(execution);
      notifications.send(new Notification(key + ":reminder", "tasklist", handler,
          "投诉" + complaintNo + "已到时限，请尽快处理"));
    }
    notifications.send(new Notification(key + ":escalation", "tasklist", escalateTo,
        "投诉" + complaintNo + "超过时限未办结，请督办"));
    ESCALATION.set(execution, escalateTo);
    register.recordEscalation(complaintNo, escalateTo);
  }
}
