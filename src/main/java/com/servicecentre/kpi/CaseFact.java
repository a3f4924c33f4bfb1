package com.servicecentre.kpi;

import java.time.LocalDate;

/**
 * What one case (or one designer's cap) adds to one figure: the rules emit these, and every breakdown, total and
 * drill-down list is read off the same facts, so a figure and the cases behind it cannot disagree.
 */
record CaseFact(String kpi, String caseNo, String office, String department, String person, LocalDate date,
    double numerator, double denominator, String reason) {

  static CaseFact counted(String kpi, CaseRow row, boolean inNumerator) {
    return new CaseFact(kpi, row.caseNo(), row.office(), row.department(), row.person(), row.date(),
        inNumerator ? 1 : 0, 1, null);
  }

  static CaseFact weighed(String kpi, CaseRow row, double numerator, double denominator) {
    return new CaseFact(kpi, row.caseNo(), row.office(), row.department(), row.person(), row.date(), numerator,
        denominator, null);
  }

  CaseFact because(String why) {
    return new CaseFact(kpi, caseNo, office, department, person, date, numerator, denominator, why);
  }

  /** Where a case sits in the breakdowns: its number, office, department, person and the date it counts on. */
  record CaseRow(String caseNo, String office, String department, String person, LocalDate date) {}
}
