package com.servicecentre.calendar;

/** A calendar as the database holds it: the calendar itself and what staff read about it. */
public record StoredCalendar(String title, boolean statutoryDays, long version, WorkingCalendar calendar) {

  public String name() {
    return calendar.name();
  }
}
