package com.servicecentre.lead;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.lead.LeadProcess.CAPACITY_CHECK;
import static com.servicecentre.lead.LeadProcess.DESIGNER;
import static com.servicecentre.lead.LeadProcess.DISPATCH_BASIS;
import static com.servicecentre.lead.LeadProcess.FORCED_REASON;
import static com.servicecentre.lead.LeadProcess.ORDER_SIZE;

import com.servicecentre.common.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes the dispatch into the register: the basis (preferred, fewest-orders, forced, over-cap-exception) and why —
 * the capacity check for an automatic choice, the person's reason for a forced one (checked as its task was
 * completed, {@link CheckForcedDispatch}).
 */
@Component("recordDispatch")
public class RecordDispatch implements JavaDelegate {

  private final LeadRegister register;

  public RecordDispatch(LeadRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String basis = DISPATCH_BASIS.get(execution);
    boolean forced = CheckForcedDispatch.FORCED.equals(basis) || CheckForcedDispatch.OVER_CAP_EXCEPTION.equals(basis);
    String reason = forced ? FORCED_REASON.get(execution) : CAPACITY_CHECK.from(execution);
    register.recordDispatch(CASE_NO.get(execution), ORDER_SIZE.get(execution),
        DESIGNER.get(execution), basis, reason, EngineClock.now());
  }
}
