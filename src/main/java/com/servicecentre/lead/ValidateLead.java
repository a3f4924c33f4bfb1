package com.servicecentre.lead;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Refuses a lead with missing or malformed details before anything is registered. */
@Component("validateLead")
public class ValidateLead implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Lead lead = Lead.from(execution);
    execution.setVariable("fromMarketing", lead.fromMarketing());
    execution.setVariable("hasTransferSlip", lead.transferSlipNo() != null);
  }
}
