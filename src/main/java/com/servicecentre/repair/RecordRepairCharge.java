package com.servicecentre.repair;

import com.servicecentre.common.FormInput;
import com.servicecentre.ledger.FeeLedger;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 收费: the owner confirmed the fee from the price list; it goes to the unit's fee ledger, once per job. */
@Component("recordRepairCharge")
public class RecordRepairCharge implements JavaDelegate {

  private final FeeLedger ledger;
  private final RepairRegister register;

  public RecordRepairCharge(FeeLedger ledger, RepairRegister register) {
    this.ledger = ledger;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = new FormInput(execution);
    BigDecimal fee = in.amount("fee", "费用(元)");
    if (!in.flag("ownerConfirmed")) {
      in.problem("ownerConfirmed", "业主确认", "业主确认费用后才能入账");
    }
    in.check();
    String jobNo = (String) execution.getVariable("jobNo");
    ledger.book((String) execution.getVariable("place"), jobNo, "repair-charge", fee,
        "维修费 " + execution.getVariable("trade"));
    register.recordFee(jobNo, fee);
  }
}
