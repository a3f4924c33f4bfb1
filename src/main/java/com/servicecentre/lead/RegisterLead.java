package com.servicecentre.lead;

import com.servicecentre.common.CaseNumbers;
import com.servicecentre.common.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files the lead in the register under a new lead number, which becomes the case's business key. */
@Component("registerLead")
public class RegisterLead implements JavaDelegate {

  private final LeadRegister register;
  private final CaseNumbers numbers;

  public RegisterLead(LeadRegister register, CaseNumbers numbers) {
    this.register = register;
    this.numbers = numbers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String leadNo = numbers.assign(execution, "XD");
    register.register(leadNo, Lead.from(execution), execution.getProcessInstanceId(), EngineClock.now());
    execution.setVariable("leadNo", leadNo);
  }
}
