package com.servicecentre.lead;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Flags a lead whose phone number is already on file, so the account manager decides instead of a second customer. */
@Component("checkDuplicateLead")
public class CheckDuplicateLead implements JavaDelegate {

  private final LeadRegister register;

  public CheckDuplicateLead(LeadRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String phone = Lead.from(execution).phone();
    execution.setVariable("duplicateOf", register.findLeadByPhone(phone).orElse(null));
  }
}
