package com.servicecentre.complaint;

import com.servicecentre.common.CaseNumbers;
import com.servicecentre.common.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Enters the complaint in the register under its complaint number, which becomes the business key. */
@Component("registerComplaint")
public class RegisterComplaint implements JavaDelegate {

  private final ComplaintRegister register;
  private final CaseNumbers numbers;

  public RegisterComplaint(ComplaintRegister register, CaseNumbers numbers) {
    this.register = register;
    this.numbers = numbers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintNo = numbers.assign(execution, "TS");
    register.register(complaintNo, Complaint.from(execution), execution.getProcessInstanceId(),
        (String) execution.getVariable("receivedBy"), EngineClock.now());
    execution.setVariable("complaintNo", complaintNo);
  }
}
