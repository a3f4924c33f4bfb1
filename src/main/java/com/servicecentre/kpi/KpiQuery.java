package com.servicecentre.kpi;

import java.time.LocalDate;
import java.util.List;

/**
 * Which cases the figures count: received from {@code from} to {@code to} (both included), of one department
 * and/or person when given (null: all), of these offices (null: of every office), broken down by {@code groupBy}.
 */
public record KpiQuery(LocalDate from, LocalDate to, String department, String person, GroupBy groupBy,
    List<String> offices) {

  public KpiQuery {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("a period needs from ≤ to");
    }
    if (groupBy == null) {
      groupBy = GroupBy.TOTAL;
    }
  }

  public KpiQuery groupedBy(GroupBy other) {
    return new KpiQuery(from, to, department, person, other, offices);
  }

  public KpiQuery between(LocalDate newFrom, LocalDate newTo) {
    return new KpiQuery(newFrom, newTo, department, person, groupBy, offices);
  }
}
