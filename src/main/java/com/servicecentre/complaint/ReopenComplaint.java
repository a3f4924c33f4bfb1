package com.servicecentre.complaint;

import com.servicecentre.common.FormInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A dissatisfied return visit sends the complaint back with its reason; the count decides who handles it next. */
@Component("reopenComplaint")
public class ReopenComplaint implements JavaDelegate {

  private final ComplaintRegister register;

  public ReopenComplaint(ComplaintRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = new FormInput(execution);
    in.text("dissatisfactionReason", "不满意原因");
    in.check();
    int reopenCount = ((Number) execution.getVariable("reopenCount")).intValue() + 1;
    execution.setVariable("reopenCount", reopenCount);
    register.recordReopening((String) execution.getVariable("complaintNo"), reopenCount);
  }
}
