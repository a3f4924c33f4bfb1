package com.servicecentre.lead;

import static com.servicecentre.lead.LeadProcess.LOSS_CONFIRMED_BY;
import static com.servicecentre.lead.LeadProcess.LOSS_VISITED_BY;

import com.servicecentre.common.TaskPerformer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing a return visit that confirms a loss, or the design manager's confirmation: who did it, from the
 * login, for the register (the seed's 设计部经理签字确认). Never from a form.
 */
@Component("rememberLossWitness")
public class RememberLossWitness implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String performer = TaskPerformer.of(task);
    if (performer == null) {
      return;
    }
    boolean confirmation = task.getTaskDefinitionKey().startsWith("confirm");
    (confirmation ? LOSS_CONFIRMED_BY : LOSS_VISITED_BY).set(task.getExecution(), performer);
  }
}
