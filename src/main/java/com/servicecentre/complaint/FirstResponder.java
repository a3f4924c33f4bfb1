package com.servicecentre.complaint;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.complaint.ComplaintProcess.RECEIVED_BY;

import com.servicecentre.common.TaskPerformer;
import com.servicecentre.notification.Notification;
import com.servicecentre.notification.NotificationPort;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * 首问责任制: the clerk who took the complaint owns it until it closes. Every task of the case is created with them as
 * its owner (Camunda's task owner, the person responsible: the Tasklist filter 我受理的投诉 lists the tasks they
 * own, and the engine lets an owner read the task), and when someone else completes a step they are told, through
 * the outbox in the same transaction as the step (as the repair steps tell the reporter).
 */
@Component("firstResponder")
public class FirstResponder implements TaskListener {

  private final NotificationPort notifications;

  public FirstResponder(NotificationPort notifications) {
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    String owner = RECEIVED_BY.from(task);
    if (owner == null) {
      return;
    }
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setOwner(owner);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      String doneBy = TaskPerformer.of(task);
      if (doneBy != null && !Objects.equals(doneBy, owner)) {
        notifications.send(Notification.of(task.getProcessInstanceId() + ":" + task.getId() + ":progress",
            ComplaintMessages.PROGRESS, owner,
            Map.of("caseNo", CASE_NO.get(task), "step", task.getName(), "doneBy", nameOf(task, doneBy)),
            false, task.getProcessInstanceId()));
      }
    }
  }

  /** 张伟 (family name first), or the login when no name is on file. */
  private static String nameOf(DelegateTask task, String login) {
    User user = task.getProcessEngineServices().getIdentityService().createUserQuery().userId(login).singleResult();
    String name = user == null ? ""
        : ((user.getLastName() == null ? "" : user.getLastName().trim())
            + (user.getFirstName() == null ? "" : user.getFirstName().trim()));
    return name.isBlank() ? login : name;
  }
}
