package com.servicecentre.lead;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.lead.LeadProcess.ATTRIBUTION_BASIS;
import static com.servicecentre.lead.LeadProcess.DUPLICATE_OF;
import static com.servicecentre.lead.LeadProcess.FILING_EVIDENCE;
import static com.servicecentre.lead.LeadProcess.LEAD_OWNER;
import static com.servicecentre.lead.LeadProcess.MERGED_OWNER;
import static com.servicecentre.lead.LeadProcess.PHONE;
import static com.servicecentre.lead.LeadProcess.PROPOSED_OWNER;

import com.servicecentre.common.EngineClock;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Flags a lead (already numbered) whose phone number is already on file, so the account manager decides instead of
 * a second customer; and reads the salespeople's filed lists (报备) for the phone: the one who filed the customer
 * first — before this lead came in, or before the earlier lead of a duplicate — is proposed as its owner (档案认定) — in the duplicate review, as the owner of
 * the lead it would merge into, and at attribution, where the account manager confirms or changes it.
 */
@Component("checkDuplicateLead")
public class CheckDuplicateLead implements JavaDelegate {

  private final LeadRegister register;
  private final LeadFilings filings;

  public CheckDuplicateLead(LeadRegister register, LeadFilings filings) {
    this.register = register;
    this.filings = filings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String phone = PHONE.get(execution);
    String duplicateOf = register.findLeadByPhone(phone, CASE_NO.get(execution), execution.getTenantId()).orElse(null);
    DUPLICATE_OF.set(execution, duplicateOf);
    // Only a filing made before the lead came in counts; for a duplicate, before the earlier lead it would join.
    LocalDateTime upTo = duplicateOf == null ? EngineClock.now() : register.receivedAt(duplicateOf);
    List<LeadFilings.Filing> filed = filings.of(phone, upTo, execution.getTenantId());
    if (filed.isEmpty()) {
      return;
    }
    String first = filed.get(0).filedBy();
    PROPOSED_OWNER.set(execution, first);
    FILING_EVIDENCE.set(execution, LeadFilings.describe(filed));
    MERGED_OWNER.set(execution, first);
    LEAD_OWNER.set(execution, first);
    ATTRIBUTION_BASIS.set(execution, "filed-record");
  }
}
