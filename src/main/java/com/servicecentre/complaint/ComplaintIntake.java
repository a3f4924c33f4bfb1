package com.servicecentre.complaint;

import static com.servicecentre.complaint.ComplaintProcess.RECEIVED_BY;

import com.servicecentre.common.CaseIntake;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 投诉受理: the intake form checked, the complaint entered in the register. */
@Component
public class ComplaintIntake implements CaseIntake {

  private final ComplaintRegister register;

  public ComplaintIntake(ComplaintRegister register) {
    this.register = register;
  }

  @Override
  public String processKey() {
    return ComplaintProcess.KEY;
  }

  @Override
  public String casePrefix() {
    return ComplaintProcess.CASE_PREFIX;
  }

  @Override
  public void check(DelegateExecution execution) {
    Complaint.from(execution).keep(execution);
  }

  @Override
  public void register(String caseNo, DelegateExecution execution, LocalDateTime at) {
    register.register(caseNo, Complaint.kept(execution), execution.getProcessInstanceId(),
        execution.getTenantId(), RECEIVED_BY.from(execution), at);
  }

  @Override
  public void recordReopening(String caseNo, int reopenCount) {
    register.recordReopening(caseNo, reopenCount);
  }
}
