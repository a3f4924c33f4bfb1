package com.servicecentre.lead;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.lead.LeadProcess.LOSS_CONFIRMED_BY;
import static com.servicecentre.lead.LeadProcess.LOSS_REASON;
import static com.servicecentre.lead.LeadProcess.LOSS_STAGE;
import static com.servicecentre.lead.LeadProcess.LOSS_VISITED_BY;
import static com.servicecentre.lead.LeadProcess.OUTCOME_NOTES;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.FormInput;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Closes a lead that came to nothing once the design manager confirmed it, with the reason from the seed's list for
 * its stage: the register row (咨询客户信息统计表, 无效单(签单失败)情况说明) gets status, stage, reason, the customer's
 * account, who visited and who confirmed.
 */
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
    String leadNo = CASE_NO.get(execution);
    LocalDateTime now = EngineClock.now();
    register.recordFailed(leadNo, status, reason, notes, now);
    register.recordEnding(leadNo, LOSS_STAGE.from(execution), LOSS_VISITED_BY.from(execution),
        LOSS_CONFIRMED_BY.from(execution));
    recorded(leadNo, now);
  }

  /** What else the ending undoes (a cancelled order's commission). */
  void recorded(String leadNo, LocalDateTime at) {}

  LeadRegister register() {
    return register;
  }
}
