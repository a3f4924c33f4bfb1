package com.servicecentre.moveout;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.moveout.MoveOutProcess.ARREARS;
import static com.servicecentre.moveout.MoveOutProcess.PAYMENT_REFERENCE;
import static com.servicecentre.moveout.MoveOutProcess.UNIT;

import com.servicecentre.common.EngineClock;
import com.servicecentre.ledger.FeeLedger;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 财务退款 / 收款: records the refund paid (or the balance received, checked by {@link CheckPayment}) once per case,
 * and clears the unit's arrears in the fee ledger, since the deposits covered them. A job of its own, so a
 * retry after a failure records nothing twice.
 */
@Component("closeMoveOutAccount")
public class CloseMoveOutAccount implements JavaDelegate {

  private final MoveOutRegister register;
  private final FeeLedger ledger;

  public CloseMoveOutAccount(MoveOutRegister register, FeeLedger ledger) {
    this.register = register;
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CASE_NO.get(execution);
    if (register.recordPayment(caseNo, PAYMENT_REFERENCE.get(execution), EngineClock.now())) {
      BigDecimal arrears = ARREARS.get(execution);
      if (arrears.signum() != 0) {
        ledger.book(UNIT.get(execution), caseNo, "move-out-settlement", arrears.negate(),
            "迁出结算：押金/预交款抵扣");
      }
    }
  }
}
