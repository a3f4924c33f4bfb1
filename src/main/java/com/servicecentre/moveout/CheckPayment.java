package com.servicecentre.moveout;

import static com.servicecentre.moveout.MoveOutProcess.AMOUNT_RECEIVED;
import static com.servicecentre.moveout.MoveOutProcess.BALANCE_DUE;
import static com.servicecentre.moveout.MoveOutProcess.PAYMENT_REFERENCE;

import com.servicecentre.common.FormInput;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing 财务退款 or 收取补缴款: the voucher number, and for a balance the exact amount received, are checked as
 * finance submits; recording the payment then runs on its own ({@link CloseMoveOutAccount}).
 */
@Component("checkPayment")
public class CheckPayment implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task);
    String reference = in.text(PAYMENT_REFERENCE.name(), "付款/收款凭证号");
    BigDecimal balanceDue = BALANCE_DUE.get(task);
    BigDecimal received = null;
    if (balanceDue.signum() > 0) {
      received = in.amount(AMOUNT_RECEIVED.name(), "实收金额(元)");
      if (received != null && received.compareTo(balanceDue) != 0) {
        in.problem(AMOUNT_RECEIVED.name(), "实收金额(元)", "应收 " + balanceDue.toPlainString() + " 元");
      }
    }
    in.check();
    PAYMENT_REFERENCE.keep(task.getExecution(), reference);
    if (received != null) {
      AMOUNT_RECEIVED.keep(task.getExecution(), received);
    }
  }
}
