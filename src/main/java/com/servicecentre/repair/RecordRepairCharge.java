package com.servicecentre.repair;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.common.CaseVariables.REOPEN_COUNT;
import static com.servicecentre.repair.RepairProcess.FEE;
import static com.servicecentre.repair.RepairProcess.PLACE;
import static com.servicecentre.repair.RepairProcess.CHARGE_QUANTITY;
import static com.servicecentre.repair.RepairProcess.PER_QUANTITY;
import static com.servicecentre.repair.RepairProcess.PRICE_UNIT;
import static com.servicecentre.repair.RepairProcess.SERVICE_LABEL;

import com.servicecentre.ledger.FeeLedger;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 费用入账: the fee the price list gave and the owner confirmed (checked by {@link CheckRepairCharge}) goes to the
 * unit's fee ledger, with the service and quantity, unpaid until finance marks it paid; once per
 * charge. Runs as a job of its own: a ledger that fails is retried, and the clerk's confirmation stays done.
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
    // Each round of a reopened job confirms its own charge: booked once per round, not once per job.
    int round = REOPEN_COUNT.get(execution) + 1;
    BigDecimal quantity = CHARGE_QUANTITY.from(execution);
    String service = SERVICE_LABEL.from(execution) + (Boolean.TRUE.equals(PER_QUANTITY.from(execution))
        ? " " + quantity.stripTrailingZeros().toPlainString() + PRICE_UNIT.from(execution) : "");
    ledger.book(PLACE.get(execution), jobNo, round == 1 ? "repair-charge" : "repair-charge-" + round, fee,
        "维修费 " + service + (round == 1 ? "" : "(第" + round + "次维修)"), execution.getTenantId());
    register.recordFee(jobNo, fee);
  }
}
