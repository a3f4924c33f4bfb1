package com.servicecentre.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock, so registers agree with task and timer times (and tests can move it). */
public final class EngineClock {

  private EngineClock() {}

  public static LocalDateTime now() {
    return LocalDateTime.ofInstant(instant(), ZoneId.systemDefault());
  }

  public static Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
