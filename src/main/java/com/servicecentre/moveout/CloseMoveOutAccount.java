package com.servicecentre.moveout;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.moveout.MoveOutProcess.ARREARS;
import static com.servicecentre.moveout.MoveOutProcess.PAYMENT_REFERENCE;
import static com.servicecentre.moveout.MoveOutProcess.SETTLED_UP_TO;
import static com.servicecentre.moveout.MoveOutProcess.UNIT;

import com.servicecentre.common.EngineClock;
import com.servicecentre.ledger.FeeLedger;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 财务退款 / 收款: records the refund paid (or the balance received, checked by {@link CheckPayment}) once per case,
 * and clears the unit's arrears in the fee ledger, since the deposits covered them: the settlement line is booked,
 * and the entries the settlement read are marked paid by this case, so that finance neither lists a covered repair
 * fee as open nor takes it again at the desk. A job of its own, so a retry after a failure records nothing twice.
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
      String unit = UNIT.get(execution);
      if (arrears.signum() != 0) {
        ledger.book(unit, caseNo, "move-out-settlement", arrears.negate(), "迁出结算：押金/预交款抵扣",
            execution.getTenantId());
      }
      Integer settledUpTo = execution.hasVariable(SETTLED_UP_TO.name()) ? SETTLED_UP_TO.get(execution) : null;
      if (settledUpTo != null) { // cases settled before this was recorded keep the line alone
        ledger.settle(unit, execution.getTenantId(), settledUpTo, caseNo, PAYMENT_REFERENCE.get(execution));
      }
    }
  }
}
