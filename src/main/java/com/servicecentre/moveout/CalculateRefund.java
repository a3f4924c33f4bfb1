package com.servicecentre.moveout;

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
    BigDecimal damages = in.optionalAmount("damageCost", "损坏赔偿(元)");
    in.check();
    RefundCalculation calculation = new RefundCalculation(MoveOutApplication.from(execution).held(),
        new BigDecimal((String) execution.getVariable("arrears")), damages);
    execution.setVariable("refundDue", calculation.refund().toPlainString());
    execution.setVariable("balanceDue", calculation.balanceDue().toPlainString());
    execution.setVariable("hasBalanceDue", calculation.balanceDue().signum() > 0);
    // The approval table compares amounts; a double is exact enough for its boundaries (whole yuan).
    execution.setVariable("refundAmount", calculation.refund().doubleValue());
    register.recordCalculation((String) execution.getVariable("caseNo"), calculation);
  }
}
