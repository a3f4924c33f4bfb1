package com.servicecentre.calendar;

import java.util.List;

/** A calendar name that no calendar has: a rule or a request names a calendar that does not exist. */
public class UnknownCalendar extends CalendarRefused {

  public UnknownCalendar(String name, List<String> known) {
    super("calendar(工作日历): 没有名为 \"" + CalendarInput.shortened(name) + "\" 的工作日历"
        + (known.isEmpty() ? "" : "（现有：" + String.join("、", known) + "）"));
  }
}
