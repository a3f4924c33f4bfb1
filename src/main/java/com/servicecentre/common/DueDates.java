package com.servicecentre.common;

import java.time.Duration;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Turns every time limit of every process into a due date: timers ({@code ${dueDates.after(responseHours)}}) and
 * task due dates shown in Tasklist read it. Limits count calendar hours today; a working-hours calendar goes here,
 * and only here.
 */
@Component("dueDates")
public class DueDates {

  public Date after(Number hours) {
    if (hours == null || hours.doubleValue() < 0) {
      throw new IllegalArgumentException("a time limit must be a number of hours ≥ 0, was " + hours);
    }
    long minutes = Math.round(hours.doubleValue() * 60);
    return Date.from(EngineClock.instant().plus(Duration.ofMinutes(minutes)));
  }
}
