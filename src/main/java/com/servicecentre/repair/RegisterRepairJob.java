package com.servicecentre.repair;

import com.servicecentre.common.CaseNumbers;
import com.servicecentre.common.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Enters the job in the repair register under its job number, which becomes the business key. */
@Component("registerRepairJob")
public class RegisterRepairJob implements JavaDelegate {

  private final RepairRegister register;
  private final CaseNumbers numbers;

  public RegisterRepairJob(RepairRegister register, CaseNumbers numbers) {
    this.register = register;
    this.numbers = numbers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String jobNo = numbers.assign(execution, "BX");
    register.register(jobNo, RepairReport.from(execution), execution.getProcessInstanceId(), EngineClock.now());
    execution.setVariable("jobNo", jobNo);
  }
}
