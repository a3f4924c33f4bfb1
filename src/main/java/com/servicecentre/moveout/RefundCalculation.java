package com.servicecentre.moveout;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * refund = deposits + prepayments − arrears − damages, in exact decimal yuan. A negative result is no refund but a
 * balance the applicant must pay.
 */
public record RefundCalculation(BigDecimal held, BigDecimal arrears, BigDecimal damages) {

  public RefundCalculation {
    held = yuan(held);
    arrears = yuan(arrears);
    damages = yuan(damages);
  }

  public BigDecimal net() {
    return held.subtract(arrears).subtract(damages);
  }

  public BigDecimal refund() {
    return net().max(BigDecimal.ZERO.setScale(2));
  }

  public BigDecimal balanceDue() {
    return net().negate().max(BigDecimal.ZERO.setScale(2));
  }

  /** Amounts are checked to have at most two decimals before they get here; the scale only normalises 5 → 5.00. */
  private static BigDecimal yuan(BigDecimal amount) {
    return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.UNNECESSARY);
  }
}
