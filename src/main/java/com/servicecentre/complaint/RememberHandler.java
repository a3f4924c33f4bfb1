package com.servicecentre.complaint;

import static com.servicecentre.complaint.ComplaintProcess.HANDLER;
import static com.servicecentre.complaint.ComplaintProcess.HANDLING_DUE;

import com.servicecentre.common.TaskPerformer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing a handling task: who handled it (the assignee, else the person completing it) and the due date
 * Tasklist showed, for the register.
 */
@Component("rememberHandler")
public class RememberHandler implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    HANDLER.set(task.getExecution(), TaskPerformer.of(task));
    HANDLING_DUE.set(task.getExecution(), task.getDueDate());
  }
}
