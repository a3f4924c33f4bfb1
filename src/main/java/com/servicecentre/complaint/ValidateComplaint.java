package com.servicecentre.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Refuses a complaint with missing or unknown details before anything is registered. */
@Component("validateComplaint")
public class ValidateComplaint implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = Complaint.from(execution);
    execution.setVariable("replyWanted", complaint.replyWanted());
    execution.setVariable("settledAtIntake", complaint.settledAtIntake());
    execution.setVariable("complainantContact", complaint.contact());
    execution.setVariable("complainantChannel", complaint.contactChannel());
    execution.setVariable("reopenCount", 0);
  }
}
