package com.servicecentre.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which cases the figures count: received from {@code from} to {@code to} (both included), of these departments
 * (null: all) and this person (null: everybody's), of these offices (null: of every office), broken down by
 * {@code groupBy}.
 */
public record KpiQuery(LocalDate from, LocalDate to, Set<String> departments, String person, GroupBy groupBy,
    List<String> offices) {

  public static KpiQuery of(LocalDate from, LocalDate to, GroupBy groupBy) {
    return new KpiQuery(from, to, null, null, groupBy, null);
  }

  public KpiQuery {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("a period needs from ≤ to");
    }
    if (groupBy == null) {
      groupBy = GroupBy.TOTAL;
    }
  }

  public KpiQuery groupedBy(GroupBy other) {
    return new KpiQuery(from, to, departments, person, other, offices);
  }

  public KpiQuery between(LocalDate newFrom, LocalDate newTo) {
    return new KpiQuery(newFrom, newTo, departments, person, groupBy, offices);
  }
}
