package com.servicecentre.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 周通报 or 月考核 of one department of one office ({@code department} "*": of the office as a whole, naming the
 * departments that missed): each figure the department was measured on in the period or the one before, against its
 * target, and its change since the period before.
 */
public record KpiBulletin(String kind, LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
    String office, String department, String departmentName, List<Line> figures, List<String> missed,
    List<String> worse, List<DepartmentMissed> departmentsMissed) {

  /**
   * One figure: the value (null: nothing counted), the target and whether it was met; the value of the period before
   * and the change (value − previous, null unless both exist); {@code worse}: the change went the wrong way.
   */
  public record Line(String kpi, String name, String unit, String direction, double numerator, double denominator,
      Double value, BigDecimal target, Boolean met, Double previous, Double change, boolean worse) {}

  /** A department that missed one or more targets in the period, and which. */
  public record DepartmentMissed(String department, String name, List<String> missed) {}
}
