package com.servicecentre.lead;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.lead.LeadProcess.COMMISSION_EARNED;
import static com.servicecentre.lead.LeadProcess.CONTRACT_AMOUNT;
import static com.servicecentre.lead.LeadProcess.FROM_MARKETING;
import static com.servicecentre.lead.LeadProcess.HAS_TRANSFER_SLIP;
import static com.servicecentre.lead.LeadProcess.LEAD_OWNER;
import static com.servicecentre.lead.LeadProcess.OUTCOME_NOTES;
import static com.servicecentre.lead.LeadProcess.SLIP_APPROVED;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.FormInput;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 签单: records the contract amount and the lead owner's commission. A marketing lead earns commission only with a
 * transfer slip signed by both managers (seed 001 L31–42: 无传递单…不计提成).
 */
@Component("recordSignedOrder")
public class RecordSignedOrder implements JavaDelegate {

  private final LeadRegister register;
  private final BigDecimal commissionPerOrder;

  public RecordSignedOrder(LeadRegister register,
      @Value("${service-centre.lead.commission-per-signed-order:50.00}") BigDecimal commissionPerOrder) {
    this.register = register;
    this.commissionPerOrder = commissionPerOrder;
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
    boolean earnsCommission = Commission.earned(FROM_MARKETING.get(execution),
        HAS_TRANSFER_SLIP.get(execution), Boolean.TRUE.equals(SLIP_APPROVED.from(execution)));
    if (earnsCommission) {
      register.recordCommission(leadNo, LEAD_OWNER.get(execution), commissionPerOrder, now);
    }
    COMMISSION_EARNED.set(execution, earnsCommission);
  }
}
