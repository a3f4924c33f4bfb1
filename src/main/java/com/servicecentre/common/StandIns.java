package com.servicecentre.common;

/**
 * Who stands in for an absent colleague (请假/出差 with a deputy). A task that goes to the deputy for the time of
 * an absence is still the absent person's work: the processes keep their own records (the designer of an order,
 * the technician of a job) unchanged and the task comes back when the absence ends.
 */
public interface StandIns {

  /** Whether {@code deputy} holds the tasks of {@code absentUser} now, because of an absence. */
  boolean standsInFor(String deputy, String absentUser);
}
