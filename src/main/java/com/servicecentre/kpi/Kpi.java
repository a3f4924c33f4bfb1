package com.servicecentre.kpi;

import java.math.BigDecimal;

/**
 * One key figure of the catalogue (kpi/kpis.yml): what it counts, in Chinese as staff read it, and its target.
 * {@code higherIsBetter}: whether a value above the target meets it (satisfaction) or below it (reopenings).
 */
public record Kpi(String code, String name, String area, String numerator, String denominator, String unit,
    boolean higherIsBetter, BigDecimal target) {

  public static final String PERCENT = "percent";

  /** Whether the value meets the target; null when there is no value (nothing counted) or no target. */
  public Boolean met(Double value) {
    if (value == null || target == null) {
      return null;
    }
    int side = BigDecimal.valueOf(value).compareTo(target);
    return higherIsBetter ? side >= 0 : side <= 0;
  }

  /** The value of a numerator over a denominator in this figure's unit; null when nothing was counted. */
  public Double value(double numerator, double denominator) {
    if (denominator == 0) {
      return null;
    }
    return PERCENT.equals(unit) ? 100.0 * numerator / denominator : numerator / denominator;
  }

  Kpi withTarget(BigDecimal newTarget) {
    return new Kpi(code, name, area, numerator, denominator, unit, higherIsBetter, newTarget);
  }
}
