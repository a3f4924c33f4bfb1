package com.servicecentre.repair;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.repair.RepairProcess.FEE;
import static com.servicecentre.repair.RepairProcess.OWNER_CONFIRMED;
import static com.servicecentre.repair.RepairProcess.PLACE;
import static com.servicecentre.repair.RepairProcess.TRADE;

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
    BigDecimal fee = in.amount(FEE.name(), "费用(元)");
    if (!in.flag(OWNER_CONFIRMED.name())) {
      in.problem(OWNER_CONFIRMED.name(), "业主确认", "业主确认费用后才能入账");
    }
    in.check();
    FEE.keep(execution, fee);
    String jobNo = CASE_NO.get(execution);
    ledger.book(PLACE.get(execution), jobNo, "repair-charge", fee, "维修费 " + TRADE.get(execution));
    register.recordFee(jobNo, fee);
  }
}
