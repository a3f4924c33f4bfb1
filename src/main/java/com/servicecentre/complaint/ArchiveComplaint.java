package com.servicecentre.complaint;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.common.CaseVariables.SATISFIED;
import static com.servicecentre.complaint.ComplaintProcess.IMPORTANT_EVENT;
import static com.servicecentre.complaint.ComplaintProcess.INTAKE_RESOLUTION;
import static com.servicecentre.complaint.ComplaintProcess.RECEIVED_BY;
import static com.servicecentre.complaint.ComplaintProcess.RESPONSIBLE_GROUP;
import static com.servicecentre.complaint.ComplaintProcess.SETTLED_AT_INTAKE;

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
    boolean settledAtIntake = SETTLED_AT_INTAKE.get(execution);
    String satisfaction = settledAtIntake ? "settled-at-intake"
        : Boolean.TRUE.equals(SATISFIED.from(execution)) ? "satisfied" : "dissatisfied";
    register.close(CASE_NO.get(execution),
        settledAtIntake ? "customer-service" : RESPONSIBLE_GROUP.from(execution),
        IMPORTANT_EVENT.from(execution),
        satisfaction,
        RECEIVED_BY.from(execution),
        INTAKE_RESOLUTION.from(execution),
        EngineClock.now());
  }
}
