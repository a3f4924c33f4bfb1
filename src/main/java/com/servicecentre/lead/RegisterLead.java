package com.servicecentre.lead;

import com.servicecentre.common.EngineClock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Files the lead in the register under a new lead number, which becomes the case's business key. */
@Component("registerLead")
public class RegisterLead implements JavaDelegate {

  private final LeadRegister register;

  public RegisterLead(LeadRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime now = EngineClock.now();
    String leadNo = execution.getProcessBusinessKey();
    if (leadNo == null || leadNo.isBlank()) {
      leadNo = register.nextLeadNo(now);
      execution.setProcessBusinessKey(leadNo);
    }
    register.register(leadNo, Lead.from(execution), execution.getProcessInstanceId(), now);
    execution.setVariable("leadNo", leadNo);
  }
}
