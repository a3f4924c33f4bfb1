package com.servicecentre.kpi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 日预警 of one department of one office on one working day: its open cases due that day, those already overdue
 * (due before the day began) and those reopened again and again, each with the step and its due time (local time of
 * the centre). Stored as the report's content and shown on the KPI page. The office's own row (department "*") lists
 * the cases of all its departments.
 */
public record DailyWarning(LocalDate date, String office, String department, String departmentName,
    List<WarningCase> dueToday, List<WarningCase> overdue, List<WarningCase> reopened) {

  /**
   * One case on the warning. {@code process}: its process key; {@code department}: the department answering for it;
   * {@code step}: the open step (its task's name, or 上门到场 / 维修完工 for a repair's due dates in the register);
   * {@code due}: null for a reopened case's line.
   */
  public record WarningCase(String caseNo, String process, String department, String step, LocalDateTime due,
      int reopenCount) {}

  public boolean isEmpty() {
    return dueToday.isEmpty() && overdue.isEmpty() && reopened.isEmpty();
  }
}
