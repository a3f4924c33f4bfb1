package com.servicecentre.sla;

import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's business calendar for due dates (timers' timeDate, tasks' dueDate and followUpDate) and durations:
 * a text written {@code <calendar>:<limit>} is counted in working time by {@link ServiceLevels}; anything else (an
 * ISO date, an ISO period) goes to the engine's own calendar as before.
 */
class WorkingTimeBusinessCalendar implements BusinessCalendar {

  private final Supplier<ServiceLevels> levels;
  private final BusinessCalendar engines;

  WorkingTimeBusinessCalendar(Supplier<ServiceLevels> levels, BusinessCalendar engines) {
    this.levels = levels;
    this.engines = engines;
  }

  @Override
  public Date resolveDuedate(String description) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Task task) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Date startDate) {
    if (!ServiceLevels.isWorkingTimeLimit(description)) {
      return engines.resolveDuedate(description, startDate);
    }
    Date start = startDate == null ? ClockUtil.getCurrentTime() : startDate;
    return Date.from(levels.get().resolve(description, start.toInstant()).orElseThrow());
  }
}
