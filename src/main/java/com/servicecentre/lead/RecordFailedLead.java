package com.servicecentre.lead;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.lead.LeadProcess.LOSS_REASON;
import static com.servicecentre.lead.LeadProcess.OUTCOME_NOTES;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.FormInput;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Closes a lead that came to nothing, with a reason from the seed's list for its stage. */
abstract class RecordFailedLead {

  private final LeadRegister register;
  private final String status;
  private final List<String> reasons;

  RecordFailedLead(LeadRegister register, String status, List<String> reasons) {
    this.register = register;
    this.status = status;
    this.reasons = reasons;
  }

  public void execute(DelegateExecution execution) {
    FormInput in = new FormInput(execution);
    String reason = in.oneOf(LOSS_REASON.name(), "原因", reasons);
    String notes = in.optionalText(OUTCOME_NOTES.name());
    in.check();
    register.recordFailed(CASE_NO.get(execution), status, reason, notes, EngineClock.now());
  }
}
