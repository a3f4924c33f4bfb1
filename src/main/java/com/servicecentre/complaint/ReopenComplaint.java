package com.servicecentre.complaint;

import com.servicecentre.common.Reopening;
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
    register.recordReopening((String) execution.getVariable("complaintNo"), Reopening.count(execution));
  }
}
