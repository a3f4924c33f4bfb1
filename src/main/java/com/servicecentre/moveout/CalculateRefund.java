package com.servicecentre.moveout;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.moveout.MoveOutProcess.ARREARS;
import static com.servicecentre.moveout.MoveOutProcess.BALANCE_DUE;
import static com.servicecentre.moveout.MoveOutProcess.DAMAGE_COST;
import static com.servicecentre.moveout.MoveOutProcess.DEPOSITS_HELD;
import static com.servicecentre.moveout.MoveOutProcess.HAS_BALANCE_DUE;
import static com.servicecentre.moveout.MoveOutProcess.REFUND_DUE;

import com.servicecentre.common.FormInput;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Refund or balance due from the deposits held, the settled arrears and the inspection's damages. */
@Component("calculateRefund")
public class CalculateRefund implements JavaDelegate {

  private final MoveOutRegister register;

  public CalculateRefund(MoveOutRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = new FormInput(execution);
    BigDecimal damages = in.optionalAmount(DAMAGE_COST.name(), "损坏赔偿(元)");
    in.check();
    DAMAGE_COST.keep(execution, damages);
    RefundCalculation calculation = new RefundCalculation(DEPOSITS_HELD.get(execution), ARREARS.get(execution),
        damages);
    REFUND_DUE.set(execution, calculation.refund());
    BALANCE_DUE.set(execution, calculation.balanceDue());
    HAS_BALANCE_DUE.set(execution, calculation.balanceDue().signum() > 0);
    register.recordCalculation(CASE_NO.get(execution), calculation);
  }
}
