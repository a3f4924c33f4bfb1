package com.servicecentre.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Refuses a repair report with missing or unknown details before anything is registered. */
@Component("validateRepairReport")
public class ValidateRepairReport implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    RepairReport report = RepairReport.from(execution);
    execution.setVariable("place", report.place());
    execution.setVariable("underWarranty", report.underWarranty());
    execution.setVariable("reopenCount", 0);
  }
}
