package com.servicecentre.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The three reports of the KPI rhythm and the periods they cover: 日预警 a working day (the cases as they stand that
 * morning), 周通报 an ISO week (Monday to Sunday), 月考核 a calendar month. A period is named by its first day.
 */
public enum KpiReportKind {
  DAILY("daily", "日预警"), WEEKLY("weekly", "周通报"), MONTHLY("monthly", "月考核");

  private final String id;
  private final String label;

  KpiReportKind(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** As stored and as the API names it: daily, weekly, monthly. */
  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /** The kind of this id (daily, weekly, monthly; any case), or null. */
  public static KpiReportKind parse(String value) {
    for (KpiReportKind kind : values()) {
      if (kind.id.equalsIgnoreCase(value == null ? "" : value.trim()) || kind.name().equalsIgnoreCase(
          value == null ? "" : value.trim())) {
        return kind;
      }
    }
    return null;
  }

  /** Whether a period of this kind starts on this day (a Monday, the 1st; any day for the warning). */
  public boolean startsOn(LocalDate day) {
    return switch (this) {
      case DAILY -> true;
      case WEEKLY -> day.getDayOfWeek() == DayOfWeek.MONDAY;
      case MONTHLY -> day.getDayOfMonth() == 1;
    };
  }

  /** The first day of the period this day falls in. */
  public LocalDate periodOf(LocalDate day) {
    return switch (this) {
      case DAILY -> day;
      case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTHLY -> day.withDayOfMonth(1);
    };
  }

  /** The last day of the period starting on {@code start}. */
  public LocalDate endOf(LocalDate start) {
    return switch (this) {
      case DAILY -> start;
      case WEEKLY -> start.plusDays(6);
      case MONTHLY -> start.plusMonths(1).minusDays(1);
    };
  }

  /** The first day of the period before the one starting on {@code start}. */
  public LocalDate previous(LocalDate start) {
    return switch (this) {
      case DAILY -> start.minusDays(1);
      case WEEKLY -> start.minusWeeks(1);
      case MONTHLY -> start.minusMonths(1);
    };
  }

  /** The period as staff read it: 2026年11月27日, 2026年第48周, 2026年11月. */
  public String periodLabel(LocalDate start) {
    return switch (this) {
      case DAILY -> GroupBy.DAY.labelOf(start);
      case WEEKLY -> GroupBy.WEEK.labelOf(start);
      case MONTHLY -> GroupBy.MONTH.labelOf(start);
    };
  }
}
