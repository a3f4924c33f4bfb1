package com.servicecentre.repair;

import static com.servicecentre.common.CaseVariables.CASE_NO;

import com.servicecentre.common.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the job in the repair register after a satisfied return visit. */
@Component("archiveRepairJob")
public class ArchiveRepairJob implements JavaDelegate {

  private final RepairRegister register;

  public ArchiveRepairJob(RepairRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.close(CASE_NO.get(execution), EngineClock.now());
  }
}
