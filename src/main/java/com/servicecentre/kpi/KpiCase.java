package com.servicecentre.kpi;

import java.time.LocalDate;

/**
 * A case behind a figure: what it added to the numerator and the denominator, in which department, by whom, and
 * (for figures counted by reason) why. {@code caseNo} is null for a line that is not a case (a designer's cap).
 */
public record KpiCase(String caseNo, String office, String department, String departmentName, String person,
    String personName,
    LocalDate date, double numerator, double denominator, String reason) {}
