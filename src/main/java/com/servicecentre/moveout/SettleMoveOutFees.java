package com.servicecentre.moveout;

import static com.servicecentre.moveout.MoveOutProcess.ARREARS;
import static com.servicecentre.moveout.MoveOutProcess.SETTLED_UP_TO;
import static com.servicecentre.moveout.MoveOutProcess.UNIT;

import com.servicecentre.ledger.FeeLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 费用结算: what the unit owes according to the fee ledger the other processes write (credit shows negative). */
@Component("settleMoveOutFees")
public class SettleMoveOutFees implements JavaDelegate {

  private final FeeLedger ledger;

  public SettleMoveOutFees(FeeLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String unit = UNIT.get(execution);
    // the last entry first: one booked meanwhile is then left out of both, and stays open for the desk
    SETTLED_UP_TO.set(execution, ledger.lastEntry(unit, execution.getTenantId()));
    ARREARS.set(execution, ledger.balance(unit, execution.getTenantId()));
  }
}
