package com.servicecentre.repair;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A paid service as the price list (repair-price-list) prices it: the unit price, times the quantity when the
 * service is priced per unit (per tap, per metre), else once per visit. Exact yuan, rounded half up to the fen.
 */
public record RepairCharge(BigDecimal unitPrice, boolean perQuantity, BigDecimal quantity) {

  public RepairCharge {
    if (unitPrice == null || unitPrice.signum() < 0) {
      throw new IllegalArgumentException("unit price must be zero or more: " + unitPrice);
    }
    if (perQuantity && (quantity == null || quantity.signum() <= 0)) {
      throw new IllegalArgumentException("a service priced per unit needs a quantity above 0: " + quantity);
    }
  }

  /** What the owner is charged. */
  public BigDecimal amount() {
    BigDecimal times = perQuantity ? quantity : BigDecimal.ONE;
    return unitPrice.multiply(times).setScale(2, RoundingMode.HALF_UP);
  }
}
