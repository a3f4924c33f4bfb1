package com.servicecentre.complaint;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.common.CaseVariables.SATISFIED;
import static com.servicecentre.complaint.ComplaintProcess.IMPORTANT_EVENT;
import static com.servicecentre.complaint.ComplaintProcess.INTAKE_RESOLUTION;
import static com.servicecentre.complaint.ComplaintProcess.PROPOSED_FIX;
import static com.servicecentre.complaint.ComplaintProcess.RECEIVED_BY;
import static com.servicecentre.complaint.ComplaintProcess.RESPONSIBLE_GROUP;
import static com.servicecentre.complaint.ComplaintProcess.SETTLED_AT_INTAKE;
import static com.servicecentre.complaint.ComplaintProcess.VISIT_BY;

import com.servicecentre.common.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 结案归档: completes the complaint's register row with the department, satisfaction, who visited and durations. */
@Component("archiveComplaint")
public class ArchiveComplaint implements JavaDelegate {

  private final ComplaintRegister register;

  public ArchiveComplaint(ComplaintRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Boolean satisfied = SATISFIED.from(execution);
    boolean visited = satisfied != null;
    String satisfaction = !visited && SETTLED_AT_INTAKE.get(execution) ? "settled-at-intake"
        : Boolean.TRUE.equals(satisfied) ? "satisfied" : "dissatisfied";
    // Settled at intake and never reopened: the clerk's department settled it, nobody decided on a department.
    boolean decided = PROPOSED_FIX.from(execution) != null;
    register.close(CASE_NO.get(execution),
        decided ? RESPONSIBLE_GROUP.from(execution) : "customer-service",
        IMPORTANT_EVENT.from(execution),
        satisfaction,
        RECEIVED_BY.from(execution),
        INTAKE_RESOLUTION.from(execution),
        visited ? VISIT_BY.from(execution) : null,
        EngineClock.now());
  }
}
