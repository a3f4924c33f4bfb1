package com.servicecentre.calendar;

/** A calendar name that no calendar has: a rule or a request names a calendar that does not exist. */
public class UnknownCalendar extends CalendarRefused {

  public UnknownCalendar(String name) {
    super("calendar(工作日历): 没有名为 \"" + name + "\" 的工作日历");
  }
}
