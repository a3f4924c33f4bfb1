package com.servicecentre.lead;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.lead.LeadProcess.CLAIMED_BY;
import static com.servicecentre.lead.LeadProcess.DUPLICATE_OF;
import static com.servicecentre.lead.LeadProcess.MERGED_OWNER;
import static com.servicecentre.lead.LeadProcess.PHONE;
import static com.servicecentre.lead.LeadProcess.PROPOSED_OWNER;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.FormInput;
import com.servicecentre.office.Office;
import com.servicecentre.office.Offices;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * 并入原有档案: the confirmed duplicate keeps its number and the register says which lead it joined. Every claim on
 * the customer stays on record with the lead that stays — the earlier lead's people, the duplicate's claimant and
 * each filed list that named the phone — and the owner the account manager confirmed (by default who filed the
 * customer first) becomes the earlier lead's owner, in its register row and, while it runs, for its commission.
 */
@Component("recordMergedLead")
public class RecordMergedLead implements JavaDelegate {

  private final LeadRegister register;
  private final LeadFilings filings;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final Offices offices;

  public RecordMergedLead(LeadRegister register, LeadFilings filings, IdentityService identity,
      RuntimeService runtime, Offices offices) {
    this.offices = offices;
    this.register = register;
    this.filings = filings;
    this.identity = identity;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = new FormInput(execution);
    String owner = in.optionalText(MERGED_OWNER.name());
    // The form lists the account managers and the salespeople; a login sent around the list is refused, since the
    // owner is who the order's credit goes to.
    if (owner != null && !inOffice(owner, "account-manager", execution.getTenantId())
        && !inOffice(owner, "marketing", execution.getTenantId())) {
      in.problem(MERGED_OWNER.name(), "归属人", "\"" + owner + "\" 不是客户经理或市场部业务员（本店的）");
    }
    in.check();
    String leadNo = CASE_NO.get(execution);
    String earlier = DUPLICATE_OF.get(execution);
    LocalDateTime now = EngineClock.now();
    register.recordMerged(leadNo, earlier, now);

    Map<String, Object> kept = register.find(earlier);
    Map<String, Object> merged = register.find(leadNo);
    String decided = owner != null ? owner : (String) kept.get("LEAD_OWNER");
    List<LeadRegister.Claim> claims = new ArrayList<>();
    claims.add(new LeadRegister.Claim((String) kept.get("CLAIMED_BY"), "lead", earlier, at(kept.get("RECEIVED_AT"))));
    if (kept.get("LEAD_OWNER") != null) {
      claims.add(new LeadRegister.Claim((String) kept.get("LEAD_OWNER"), "attribution", earlier, null));
    }
    claims.add(new LeadRegister.Claim(CLAIMED_BY.from(execution), "lead", leadNo, at(merged.get("RECEIVED_AT"))));
    for (LeadFilings.Filing f : filings.of(PHONE.get(execution), now, execution.getTenantId())) {
      claims.add(new LeadRegister.Claim(f.filedBy(), "filed-record", "filing:" + f.id(), f.filedAt()));
    }
    claims.stream().filter(claim -> claim.claimant() != null)
        .forEach(claim -> register.recordClaim(earlier, claim, claim.claimant().equals(decided),
            officeOf(claim.claimant(), execution.getTenantId()), now));

    if (owner != null) {
      String basis = owner.equals(PROPOSED_OWNER.from(execution)) ? "filed-record" : null;
      register.recordOwnerAfterMerge(earlier, owner, basis);
      ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(LeadProcess.KEY)
          .processInstanceBusinessKey(earlier).singleResult();
      if (running != null) {
        runtime.setVariable(running.getId(), LeadProcess.LEAD_OWNER.name(), owner);
        if (basis != null) {
          runtime.setVariable(running.getId(), LeadProcess.ATTRIBUTION_BASIS.name(), basis);
        }
      }
    }
  }

  private static LocalDateTime at(Object timestamp) {
    return timestamp instanceof java.sql.Timestamp t ? t.toLocalDateTime()
        : timestamp instanceof LocalDateTime l ? l : null;
  }

  /** A member of the group in the case's shop (any shop for a case without one). */
  private boolean inOffice(String userId, String group, String office) {
    var query = identity.createUserQuery().userId(userId).memberOfGroup(group);
    return (office == null ? query : query.memberOfTenant(office)).count() > 0;
  }

  /** A claim is kept with the claimant's shop; the case's when the claimant works in none (left, or outside). */
  private String officeOf(String claimant, String caseOffice) {
    String office = offices.officeOf(claimant, Office.RENOVATION);
    return office != null ? office : caseOffice;
  }
}
