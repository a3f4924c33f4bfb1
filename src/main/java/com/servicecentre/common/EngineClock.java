package com.servicecentre.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock, so registers agree with task and timer times (and tests can move it). Local times (registers,
 * follow-up dates) are the service centre's, Asia/Shanghai, whatever the server's zone.
 */
public final class EngineClock {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private EngineClock() {}

  public static LocalDateTime now() {
    return LocalDateTime.ofInstant(instant(), ZONE);
  }

  public static Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** A due date or timer time as the centre reads it. */
  public static LocalDateTime local(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZONE);
  }
}
