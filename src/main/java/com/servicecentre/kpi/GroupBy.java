package com.servicecentre.kpi;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** How figures are broken down: one total, per department, per person, or per period of the case's date. */
public enum GroupBy {
  TOTAL, DEPARTMENT, PERSON, DAY, WEEK, MONTH, QUARTER, YEAR;

  /** The {@code groupBy} parameter's value, or null when it names none of these. */
  public static GroupBy parse(String value) {
    if (value == null || value.isBlank()) {
      return TOTAL;
    }
    for (GroupBy g : values()) {
      if (g.name().equalsIgnoreCase(value.trim())) {
        return g;
      }
    }
    return null;
  }

  public boolean isPeriod() {
    return ordinal() >= DAY.ordinal();
  }

  /** The period a date falls in, as a key that sorts in time order: 2026-11-03, 2026-W45, 2026-11, 2026-Q4, 2026. */
  public String periodOf(LocalDate date) {
    return switch (this) {
      case DAY -> date.toString();
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
          date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
      case QUARTER -> date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
      case YEAR -> String.valueOf(date.getYear());
      default -> throw new IllegalStateException(this + " is not a period");
    };
  }

  /** The period's label as staff read it: 2026年11月3日, 2026年第45周, 2026年11月, 2026年第4季度, 2026年. */
  public String labelOf(LocalDate date) {
    return switch (this) {
      case DAY -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
      case WEEK -> date.get(IsoFields.WEEK_BASED_YEAR) + "年第" + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "周";
      case MONTH -> date.getYear() + "年" + date.getMonthValue() + "月";
      case QUARTER -> date.getYear() + "年第" + date.get(IsoFields.QUARTER_OF_YEAR) + "季度";
      case YEAR -> date.getYear() + "年";
      default -> throw new IllegalStateException(this + " is not a period");
    };
  }
}
