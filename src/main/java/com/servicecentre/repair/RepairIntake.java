package com.servicecentre.repair;

import com.servicecentre.common.CaseIntake;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 报修: the report checked, the job entered in the repair register. */
@Component
public class RepairIntake implements CaseIntake {

  private final RepairRegister register;

  public RepairIntake(RepairRegister register) {
    this.register = register;
  }

  @Override
  public String processKey() {
    return RepairProcess.KEY;
  }

  @Override
  public String casePrefix() {
    return RepairProcess.CASE_PREFIX;
  }

  @Override
  public void check(DelegateExecution execution) {
    RepairReport.from(execution).keep(execution);
  }

  @Override
  public void register(String caseNo, DelegateExecution execution, LocalDateTime at) {
    register.register(caseNo, RepairReport.kept(execution), execution.getProcessInstanceId(), at);
  }

  @Override
  public void recordReopening(String caseNo, int reopenCount) {
    register.recordReopening(caseNo, reopenCount);
  }
}
