package com.servicecentre.lead;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.lead.LeadProcess.DUPLICATE_OF;

import com.servicecentre.common.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 并入原有档案: the confirmed duplicate keeps its number and the register says which lead it joined. */
@Component("recordMergedLead")
public class RecordMergedLead implements JavaDelegate {

  private final LeadRegister register;

  public RecordMergedLead(LeadRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.recordMerged(CASE_NO.get(execution), DUPLICATE_OF.get(execution), EngineClock.now());
  }
}
