package com.servicecentre.complaint;

import com.servicecentre.common.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 结案归档: completes the complaint's register row with routing, satisfaction and durations. */
@Component("archiveComplaint")
public class ArchiveComplaint implements JavaDelegate {

  private final ComplaintRegister register;

  public ArchiveComplaint(ComplaintRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean settledAtIntake = Boolean.TRUE.equals(execution.getVariable("settledAtIntake"));
    String satisfaction = settledAtIntake ? "settled-at-intake"
        : Boolean.TRUE.equals(execution.getVariable("satisfied")) ? "satisfied" : "dissatisfied";
    register.close((String) execution.getVariable("complaintNo"),
        settledAtIntake ? "customer-service" : (String) execution.getVariable("responsibleGroup"),
        (Boolean) execution.getVariable("importantEvent"),
        satisfaction,
        (String) execution.getVariable("receivedBy"),
        (String) execution.getVariable("intakeResolution"),
        EngineClock.now());
  }
}
