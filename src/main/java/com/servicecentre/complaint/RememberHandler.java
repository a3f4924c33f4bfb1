package com.servicecentre.complaint;

import static com.servicecentre.complaint.ComplaintProcess.HANDLER;
import static com.servicecentre.complaint.ComplaintProcess.HANDLING_DUE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On completing a handling task: who handled it (the assignee, else the person completing it) and the due date
 * Tasklist showed, for the register.
 */
@Component("rememberHandler")
public class RememberHandler implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String handler = task.getAssignee();
    if (handler == null) {
      Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      handler = current == null ? null : current.getUserId();
    }
    HANDLER.set(task.getExecution(), handler);
    HANDLING_DUE.set(task.getExecution(), task.getDueDate());
  }
}
