package com.servicecentre.calendar;

/**
 * A calendar, working hours, a day or a pause refused because of what was given: the message is a Chinese sentence
 * that names the field ("date(日期): 2026-02-30 不是存在的日期"), fit to show to the person who entered it.
 */
public class CalendarRefused extends IllegalArgumentException {

  public CalendarRefused(String message) {
    super(message);
  }

  /** "field(标签): problem", the form every refusal of the project uses. */
  public static CalendarRefused field(String field, String label, String problem) {
    return new CalendarRefused(field + "(" + label + "): " + problem);
  }
}
