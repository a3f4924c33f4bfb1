package com.servicecentre.calendar;

import java.time.LocalDate;

/** A change or removal of a day the calendar does not have. */
public class UnknownDay extends CalendarRefused {

  public UnknownDay(String calendar, LocalDate date) {
    super("date(日期): 工作日历 " + calendar + " 没有 " + date + " 这一天的记录");
  }
}
