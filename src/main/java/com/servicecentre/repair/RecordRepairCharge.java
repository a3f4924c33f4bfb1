package com.servicecentre.repair;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.repair.RepairProcess.FEE;
import static com.servicecentre.repair.RepairProcess.PLACE;
import static com.servicecentre.repair.RepairProcess.TRADE;

import com.servicecentre.ledger.FeeLedger;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 费用入账: the fee the owner confirmed (checked by {@link CheckRepairCharge}) goes to the unit's fee ledger, once per
 * job. Runs as a job of its own: a ledger that fails is retried, and the clerk's confirmation stays done.
 */
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
    BigDecimal fee = FEE.get(execution);
    String jobNo = CASE_NO.get(execution);
    ledger.book(PLACE.get(execution), jobNo, "repair-charge", fee, "维修费 " + TRADE.get(execution));
    register.recordFee(jobNo, fee);
  }
}
