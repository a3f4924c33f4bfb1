package com.servicecentre.moveout;

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
    String reference = in.text("paymentReference", "付款/收款凭证号");
    BigDecimal balanceDue = new BigDecimal((String) execution.getVariable("balanceDue"));
    if (balanceDue.signum() > 0) {
      BigDecimal received = in.amount("amountReceived", "实收金额(元)");
      if (received != null && received.compareTo(balanceDue) != 0) {
        in.problem("amountReceived", "实收金额(元)", "应收 " + balanceDue.toPlainString() + " 元");
      }
    }
    in.check();
    String caseNo = (String) execution.getVariable("caseNo");
    if (register.recordPayment(caseNo, reference, EngineClock.now())) {
      BigDecimal arrears = new BigDecimal((String) execution.getVariable("arrears"));
      if (arrears.signum() != 0) {
        ledger.book((String) execution.getVariable("unit"), caseNo, "move-out-settlement", arrears.negate(),
            "迁出结算：押金/预交款抵扣");
      }
    }
  }
}
