package com.servicecentre.kpi;

import com.servicecentre.kpi.KpiBulletin.DepartmentMissed;
import com.servicecentre.kpi.KpiBulletin.Line;
import com.servicecentre.office.Office;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads what a 周通报 or 月考核 says for an office: the figures of the period per department (KpiFigures, the same
 * numbers as the KPI page), each against its target and against the period before, and for the office as a whole
 * the departments that missed a target. A department's report lists the figures it was measured on (something
 * counted in the period or the one before).
 */
@Component
class KpiBulletins {

  private final KpiFigures figures;
  private final KpiCatalogue catalogue;
  private final OfficeDepartments departments;

  KpiBulletins(KpiFigures figures, KpiCatalogue catalogue, OfficeDepartments departments) {
    this.figures = figures;
    this.catalogue = catalogue;
    this.departments = departments;
  }

  Map<String, KpiBulletin> of(KpiReportKind kind, LocalDate start, Office office) {
    LocalDate end = kind.endOf(start);
    LocalDate previousStart = kind.previous(start);
    LocalDate previousEnd = kind.endOf(previousStart);
    List<String> only = List.of(office.code());
    Map<String, Map<String, KpiFigure>> now = byGroup(figures.compute(
        new KpiQuery(start, end, null, null, GroupBy.DEPARTMENT, only)));
    Map<String, Map<String, KpiFigure>> before = byGroup(figures.compute(
        new KpiQuery(previousStart, previousEnd, null, null, GroupBy.DEPARTMENT, only)));
    Map<String, KpiFigure> total = byGroup(figures.compute(new KpiQuery(start, end, null, null, GroupBy.TOTAL, only)))
        .getOrDefault(KpiFigures.TOTAL, Map.of());
    Map<String, KpiFigure> totalBefore = byGroup(figures.compute(
        new KpiQuery(previousStart, previousEnd, null, null, GroupBy.TOTAL, only)))
        .getOrDefault(KpiFigures.TOTAL, Map.of());

    List<String> shown = new ArrayList<>(departments.of(office));
    catalogue.departments().stream().map(KpiDepartment::id)
        .filter(d -> !shown.contains(d) && (now.containsKey(d) || before.containsKey(d))).forEach(shown::add);
    Map<String, KpiBulletin> bulletins = new LinkedHashMap<>();
    List<DepartmentMissed> missedBy = new ArrayList<>();
    Map<String, KpiBulletin> ofDepartments = new LinkedHashMap<>();
    for (String department : shown) {
      KpiBulletin bulletin = bulletin(kind, start, end, previousStart, previousEnd, office, department,
          catalogue.department(department).map(KpiDepartment::name).orElse(department),
          now.getOrDefault(department, Map.of()), before.getOrDefault(department, Map.of()), List.of());
      ofDepartments.put(department, bulletin);
      if (!bulletin.missed().isEmpty()) {
        missedBy.add(new DepartmentMissed(department, bulletin.departmentName(), bulletin.missed()));
      }
    }
    bulletins.put(KpiReports.WHOLE_OFFICE, bulletin(kind, start, end, previousStart, previousEnd, office,
        KpiReports.WHOLE_OFFICE, office.name(), total, totalBefore, missedBy));
    bulletins.putAll(ofDepartments);
    return bulletins;
  }

  private KpiBulletin bulletin(KpiReportKind kind, LocalDate start, LocalDate end, LocalDate previousStart,
      LocalDate previousEnd, Office office, String department, String name, Map<String, KpiFigure> now,
      Map<String, KpiFigure> before, List<DepartmentMissed> missedBy) {
    List<Line> lines = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    List<String> worse = new ArrayList<>();
    for (Kpi kpi : catalogue.all(office.code())) {
      KpiFigure f = now.get(kpi.code());
      KpiFigure p = before.get(kpi.code());
      boolean measured = (f != null && f.denominator() > 0) || (p != null && p.denominator() > 0);
      if (!measured) {
        continue;
      }
      Double value = f == null ? null : rounded(f.value());
      Double previous = p == null ? null : rounded(p.value());
      Double change = value == null || previous == null ? null : rounded(value - previous);
      boolean wentWorse = change != null && (kpi.higherIsBetter() ? change < 0 : change > 0);
      // The page's verdict, on the unrounded value.
      Boolean met = f == null ? null : f.met();
      lines.add(new Line(kpi.code(), kpi.name(), kpi.unit(), kpi.higherIsBetter() ? "higher" : "lower",
          f == null ? 0 : f.numerator(), f == null ? 0 : f.denominator(), value, kpi.target(), met, previous, change,
          wentWorse));
      if (Boolean.FALSE.equals(met)) {
        missed.add(kpi.code());
      }
      if (wentWorse) {
        worse.add(kpi.code());
      }
    }
    return new KpiBulletin(kind.id(), start, end, previousStart, previousEnd, office.code(), department, name,
        lines, missed, worse, missedBy);
  }

  private static Map<String, Map<String, KpiFigure>> byGroup(List<KpiFigure> list) {
    Map<String, Map<String, KpiFigure>> groups = new HashMap<>();
    list.forEach(f -> groups.computeIfAbsent(f.group(), g -> new HashMap<>()).put(f.kpi(), f));
    return groups;
  }

  /** Two decimals, as the page shows them: a report does not carry 95.23809523809524. */
  private static Double rounded(Double value) {
    return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }
}
