package com.servicecentre.lead;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.lead.LeadProcess.ACCOUNT_MANAGER;
import static com.servicecentre.lead.LeadProcess.CONTRACT_AMOUNT;
import static com.servicecentre.lead.LeadProcess.FROM_MARKETING;
import static com.servicecentre.lead.LeadProcess.HAS_TRANSFER_SLIP;
import static com.servicecentre.lead.LeadProcess.INITIATOR;
import static com.servicecentre.lead.LeadProcess.LEAD_OWNER;
import static com.servicecentre.lead.LeadProcess.MARKETING_CREDITED;
import static com.servicecentre.lead.LeadProcess.OUTCOME_NOTES;
import static com.servicecentre.lead.LeadProcess.PRIVATE_DESIGNER_CONTACT;
import static com.servicecentre.lead.LeadProcess.SLIP_APPROVED;
import static com.servicecentre.lead.LeadProcess.SOURCE;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.FormInput;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 签单: records the contract amount and a commission line for each person who earned one ({@link Commission}):
 * the account manager who followed the lead, the front desk that took it, the marketing salesperson with a signed
 * transfer slip.
 */
@Component("recordSignedOrder")
public class RecordSignedOrder implements JavaDelegate {

  /** The group of the front desk (前台文员). */
  static final String FRONT_DESK = "receptionist";

  private final LeadRegister register;
  private final IdentityService identity;
  private final Commission.Rates rates;

  public RecordSignedOrder(LeadRegister register, IdentityService identity,
      @Value("${service-centre.lead.commission.account-manager:50.00}") BigDecimal accountManager,
      @Value("${service-centre.lead.commission.receptionist:10.00}") BigDecimal receptionist,
      @Value("${service-centre.lead.commission.marketing:0.00}") BigDecimal marketing) {
    this.register = register;
    this.identity = identity;
    this.rates = new Commission.Rates(accountManager, receptionist, marketing);
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = new FormInput(execution);
    BigDecimal contractAmount = in.amount(CONTRACT_AMOUNT.name(), "合同金额(元)");
    if (contractAmount != null && contractAmount.signum() == 0) {
      in.problem(CONTRACT_AMOUNT.name(), "合同金额(元)", "必须大于0");
    }
    String notes = in.optionalText(OUTCOME_NOTES.name());
    in.check();
    CONTRACT_AMOUNT.keep(execution, contractAmount);

    String leadNo = CASE_NO.get(execution);
    LocalDateTime now = EngineClock.now();
    register.recordSigned(leadNo, contractAmount, notes, now);
    boolean fromMarketing = FROM_MARKETING.get(execution);
    boolean slipSigned = HAS_TRANSFER_SLIP.get(execution) && Boolean.TRUE.equals(SLIP_APPROVED.from(execution));
    boolean privateContact = Boolean.TRUE.equals(PRIVATE_DESIGNER_CONTACT.from(execution));
    var lead = new Commission.SignedLead(SOURCE.get(execution), fromMarketing, slipSigned, LEAD_OWNER.from(execution),
        ACCOUNT_MANAGER.from(execution), frontDesk(INITIATOR.from(execution)), privateContact);
    Commission.lines(lead, rates)
        .forEach(line -> register.recordCommission(leadNo, execution.getTenantId(), line, now));
    MARKETING_CREDITED.set(execution, Commission.marketingCredited(fromMarketing, slipSigned, privateContact));
  }

  private String frontDesk(String initiator) {
    return initiator != null && identity.createUserQuery().userId(initiator).memberOfGroup(FRONT_DESK).count() > 0
        ? initiator : null;
  }
}
