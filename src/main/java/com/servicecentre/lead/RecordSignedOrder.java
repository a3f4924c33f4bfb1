package com.servicecentre.lead;

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
    BigDecimal contractAmount = in.amount("contractAmount", "合同金额(元)");
    if (contractAmount != null && contractAmount.signum() == 0) {
      in.problem("contractAmount", "合同金额(元)", "必须大于0");
    }
    String notes = in.optionalText("outcomeNotes");
    in.check();

    String leadNo = (String) execution.getVariable("leadNo");
    LocalDateTime now = EngineClock.now();
    register.recordSigned(leadNo, contractAmount, notes, now);
    boolean earnsCommission = !in.flag("fromMarketing") || (in.flag("hasTransferSlip") && in.flag("slipApproved"));
    if (earnsCommission) {
      register.recordCommission(leadNo, (String) execution.getVariable("leadOwner"), commissionPerOrder, now);
    }
    execution.setVariable("commissionEarned", earnsCommission);
  }
}
