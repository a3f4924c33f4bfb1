package com.servicecentre.moveout;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.moveout.MoveOutProcess.AMOUNT_RECEIVED;
import static com.servicecentre.moveout.MoveOutProcess.ARREARS;
import static com.servicecentre.moveout.MoveOutProcess.BALANCE_DUE;
import static com.servicecentre.moveout.MoveOutProcess.PAYMENT_REFERENCE;
import static com.servicecentre.moveout.MoveOutProcess.UNIT;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.FormInput;
import com.servicecentre.ledger.FeeLedger;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 财务退款 / 收款: records the refund paid (or the balance received) once per case, and clears the unit's arrears in
 * the fee ledger, since the deposits covered them. Running it again for the same case changes nothing.
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
    FormInput in = new FormInput(execution);
    String reference = in.text(PAYMENT_REFERENCE.name(), "付款/收款凭证号");
    BigDecimal balanceDue = BALANCE_DUE.get(execution);
    if (balanceDue.signum() > 0) {
      BigDecimal received = in.amount(AMOUNT_RECEIVED.name(), "实收金额(元)");
      if (received != null && received.compareTo(balanceDue) != 0) {
        in.problem(AMOUNT_RECEIVED.name(), "实收金额(元)", "应收 " + balanceDue.toPlainString() + " 元");
      }
      in.check();
      AMOUNT_RECEIVED.keep(execution, received);
    }
    in.check();
    String caseNo = CASE_NO.get(execution);
    if (register.recordPayment(caseNo, reference, EngineClock.now())) {
      BigDecimal arrears = ARREARS.get(execution);
      if (arrears.signum() != 0) {
        ledger.book(UNIT.get(execution), caseNo, "move-out-settlement", arrears.negate(),
            "迁出结算：押金/预交款抵扣");
      }
    }
  }
}
