package com.servicecentre.lead;

import com.servicecentre.common.CaseIntake;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 客户来单: the lead checked at intake (also when it is then held for a duplicate review), then filed. */
@Component
public class LeadIntake implements CaseIntake {

  private final LeadRegister register;

  public LeadIntake(LeadRegister register) {
    this.register = register;
  }

  @Override
  public String processKey() {
    return LeadProcess.KEY;
  }

  @Override
  public String casePrefix() {
    return LeadProcess.CASE_PREFIX;
  }

  @Override
  public void check(DelegateExecution execution) {
    Lead.from(execution).keep(execution);
  }

  @Override
  public void register(String caseNo, DelegateExecution execution, LocalDateTime at) {
    register.register(caseNo, Lead.kept(execution), execution.getProcessInstanceId(),
        execution.getTenantId(), at);
  }
}
