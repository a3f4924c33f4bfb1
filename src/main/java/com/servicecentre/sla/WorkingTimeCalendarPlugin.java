package com.servicecentre.sla;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Engine adapter: every due date the engine resolves from text (timers' timeDate and timeDuration, tasks' dueDate and
 * followUpDate) goes through {@link WorkingTimeBusinessCalendar}, so {@code office-hours:2工作小时} in a model is
 * counted on the office calendar, and a model needs no special expression for it.
 */
@Component
public class WorkingTimeCalendarPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<ServiceLevels> levels;

  public WorkingTimeCalendarPlugin(ObjectProvider<ServiceLevels> levels) {
    this.levels = levels;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
    calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME,
        new WorkingTimeBusinessCalendar(levels::getObject, new DueDateBusinessCalendar()));
    calendars.addBusinessCalendar(DurationBusinessCalendar.NAME,
        new WorkingTimeBusinessCalendar(levels::getObject, new DurationBusinessCalendar()));
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(calendars);
  }
}
