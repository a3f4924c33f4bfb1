package com.servicecentre.sla;

import com.servicecentre.notification.Notification;
import com.servicecentre.notification.NotificationPort;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 即将超时: the step's warning timer fired (at its follow-up date, which the Tasklist filter 即将超时 shows from):
 * the assignee, or else the candidate groups, are told the due time. Once per step and round, whatever the retries.
 */
@Component("warnBeforeDue")
public class WarnBeforeDue implements JavaDelegate {

  private final NotificationPort notifications;

  public WarnBeforeDue(NotificationPort notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (Task task : TimedTasks.of(execution)) {
      // Only within the warning window: from the follow-up date (即将超时) until the due time (then it escalates).
      if (task.getDueDate() == null || TimedTasks.reached(task.getDueDate())
          || (task.getFollowUpDate() != null && !TimedTasks.reached(task.getFollowUpDate()))) {
        continue;
      }
      String key = TimedTasks.key(execution, task, "warning");
      for (String recipient : TimedTasks.workingOn(execution, task)) {
        notifications.send(new Notification(key + ":" + recipient, "tasklist", recipient,
            "即将超时：" + TimedTasks.caseNo(execution) + "「" + task.getName() + "」须在 "
                + TimedTasks.shown(task.getDueDate()) + " 前办结"));
      }
    }
  }
}
