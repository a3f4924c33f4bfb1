package com.servicecentre.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At every start-up: adds the calendars of calendars.yml that are missing, gives every calendar that follows the
 * statutory days those of the shipped files it has not been given before, and warns when a year's statutory days
 * are missing. Calendars and days already there are left as managers made them.
 */
@Component
public class CalendarLoader {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarLoader.class);

  private final CalendarsFile file;
  private final CalendarStore store;
  private final CalendarChanges changes;
  private final WorkingCalendars calendars;
  private final MissingStatutoryYears missingYears;

  public CalendarLoader(CalendarsFile file, CalendarStore store, CalendarChanges changes, WorkingCalendars calendars,
      MissingStatutoryYears missingYears) {
    this.file = file;
    this.store = store;
    this.changes = changes;
    this.calendars = calendars;
    this.missingYears = missingYears;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void load() {
    for (CalendarSpec spec : file.calendars()) {
      if (store.version(spec.name()).isEmpty()) {
        changes.addCalendar(CalendarChangeLog.START_UP, spec);
        LOG.info("Working calendar {} added from calendars.yml", spec.name());
      }
    }
    for (StoredCalendar stored : calendars.all()) {
      if (stored.statutoryDays()) {
        int added = changes.addStatutoryDays(CalendarChangeLog.START_UP, stored.name());
        if (added > 0) {
          LOG.info("Working calendar {}: {} statutory days added", stored.name(), added);
        }
      }
    }
    warnOfMissingYears();
  }

  public void warnOfMissingYears() {
    for (MissingStatutoryYears.Missing missing : missingYears.now()) {
      LOG.warn("Working calendar {} has no statutory days off for {}: add them on the page /calendars/ once the State "
          + "Council has published them, or that year's holidays count as working days", missing.calendar(),
          missing.year());
    }
  }
}
