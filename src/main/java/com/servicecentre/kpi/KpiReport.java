package com.servicecentre.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A report as stored: its kind (daily, weekly, monthly) and period, office and department ("*": the office as a
 * whole), what it says ({@code content}: a {@link DailyWarning} or a {@link KpiBulletin} as JSON), whom it was sent
 * to, and whether it was re-run since (when and by whom).
 */
public record KpiReport(long id, String kind, String kindLabel, LocalDate periodStart, LocalDate periodEnd,
    String periodLabel, String office, String officeName, String department, String departmentName,
    JsonNode content, List<String> recipients, LocalDateTime createdAt, boolean rerun, LocalDateTime rerunAt,
    String rerunBy) {}
