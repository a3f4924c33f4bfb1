package com.servicecentre.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The one notification step of every model: the service task names recipient, channel and message as input
 * parameters, e.g. {@code <camunda:inputParameter name="message">您的投诉${complaintNo}已受理</camunda:inputParameter>}.
 * The key is the case, the step and how often that step has finished before: a loop (a reopened complaint) sends
 * again, a retried job of the same round finds its key taken and sends nothing.
 */
@Component("sendNotification")
public class SendNotification implements JavaDelegate {

  private final NotificationPort port;

  public SendNotification(NotificationPort port) {
    this.port = port;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String recipient = required(execution, "recipient");
    String channel = required(execution, "channel");
    String message = required(execution, "message");
    port.send(new Notification(keyOf(execution), channel, recipient, message));
  }

  /** Case, step and round: the same for a retry of this step, new when a loop reaches the step again. */
  public static String keyOf(DelegateExecution execution) {
    long finishedBefore = execution.getProcessEngineServices().getHistoryService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).activityId(execution.getCurrentActivityId())
        .finished().count();
    return execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":" + (finishedBefore + 1);
  }

  private static String required(DelegateExecution execution, String name) {
    Object value = execution.getVariableLocal(name);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalStateException("notification step " + execution.getCurrentActivityId()
          + " sets no input parameter '" + name + "'");
    }
    return value.toString();
  }
}
