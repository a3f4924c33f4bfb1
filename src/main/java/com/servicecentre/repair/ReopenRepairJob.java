package com.servicecentre.repair;

import com.servicecentre.common.Reopening;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A dissatisfied return visit reopens the job with its reason; it is dispatched again. */
@Component("reopenRepairJob")
public class ReopenRepairJob implements JavaDelegate {

  private final RepairRegister register;

  public ReopenRepairJob(RepairRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.recordReopening((String) execution.getVariable("jobNo"), Reopening.count(execution));
  }
}
