package com.servicecentre.complaint;

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
    String escalateTo = (String) execution.getVariableLocal("escalateTo");
    if (escalateTo == null) {
      throw new IllegalStateException("step " + execution.getCurrentActivityId() + " sets no input parameter 'escalateTo'");
    }
    String complaintNo = (String) execution.getVariable("complaintNo");
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    String key = SendNotification.keyOf(execution);
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("handleComplaint").list()) {
      tasks.addCandidateGroup(task.getId(), escalateTo);
      String handler = task.getAssignee() != null ? task.getAssignee() : (String) execution.getVariable("responsibleGroup");
      notifications.send(new Notification(key + ":reminder", "tasklist", handler,
          "投诉" + complaintNo + "已到时限，请尽快处理"));
    }
    notifications.send(new Notification(key + ":escalation", "tasklist", escalateTo,
        "投诉" + complaintNo + "超过时限未办结，请督办"));
    execution.setVariable("escalation", escalateTo);
    register.recordEscalation(complaintNo, escalateTo);
  }
}
