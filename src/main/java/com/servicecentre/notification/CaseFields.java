package com.servicecentre.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * How the case's values read in a message: times as owners read them, in China's time. The office's name
 * ({@link MessageType#OFFICE_NAME}) every message carries is added by the outbox ({@link OutboxNotifications}).
 */
public final class CaseFields {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日HH:mm")
      .withZone(ZoneId.of("Asia/Shanghai"));

  private CaseFields() {}

  public static String time(Date date) {
    return date == null ? null : TIME.format(date.toInstant());
  }
}
