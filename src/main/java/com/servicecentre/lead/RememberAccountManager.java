package com.servicecentre.lead;

import static com.servicecentre.lead.LeadProcess.ACCOUNT_MANAGER;

import com.servicecentre.common.TaskPerformer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing an account manager's task (attribution, the return visit after the quotation): who followed the
 * lead, taken from the login, never from a form. The last one to follow it up earns the account manager's
 * commission when it is signed.
 */
@Component("rememberAccountManager")
public class RememberAccountManager implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String performer = TaskPerformer.of(task);
    if (performer != null) {
      ACCOUNT_MANAGER.set(task.getExecution(), performer);
    }
  }
}
