package com.servicecentre.lead;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.lead.LeadProcess.DUPLICATE_OF;
import static com.servicecentre.lead.LeadProcess.PHONE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Flags a lead (already numbered) whose phone number is already on file, so the account manager decides instead of a second customer. */
@Component("checkDuplicateLead")
public class CheckDuplicateLead implements JavaDelegate {

  private final LeadRegister register;

  public CheckDuplicateLead(LeadRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DUPLICATE_OF.set(execution, register.findLeadByPhone(PHONE.get(execution), CASE_NO.get(execution)).orElse(null));
  }
}
