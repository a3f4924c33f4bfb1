package com.servicecentre.repair;

import com.servicecentre.common.CaseIntake;
import com.servicecentre.common.EngineClock;
import java.time.LocalDateTime;
import java.util.Date;
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
    register.register(caseNo, RepairReport.kept(execution), execution.getProcessInstanceId(),
        execution.getTenantId(), at);
    // The job's arrival and completion limits count from here, the report, not from the dispatch.
    RepairProcess.LIMITS_FROM.set(execution, Date.from(at.atZone(EngineClock.ZONE).toInstant()));
  }

  @Override
  public void recordReopening(String caseNo, int reopenCount) {
    register.recordReopening(caseNo, reopenCount);
  }
}
