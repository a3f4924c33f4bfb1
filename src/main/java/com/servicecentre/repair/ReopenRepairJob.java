package com.servicecentre.repair;

import com.servicecentre.common.FormInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A dissatisfied return visit reopens the job with its reason; it is dispatched again. */
@Component("reopenRepairJob")
public class ReopenRepairJob implements JavaDelegate {

  private final RepairRegister register;

  public ReopenRepairJob(RepairRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = new FormInput(execution);
    in.text("dissatisfactionReason", "不满意原因");
    in.check();
    int reopenCount = ((Number) execution.getVariable("reopenCount")).intValue() + 1;
    execution.setVariable("reopenCount", reopenCount);
    register.recordReopening((String) execution.getVariable("jobNo"), reopenCount);
  }
}
