package com.servicecentre.notification;

/** Who a row of the outbox is for, from the channel the process named. */
public final class Audiences {

  public static final String STAFF = "staff";
  public static final String OWNER = "owner";
  public static final String OUTSIDE_COMPANY = "outside-company";

  private Audiences() {}

  public static String of(String outboxChannel) {
    return switch (outboxChannel) {
      case "tasklist", STAFF -> STAFF;
      case "sms", "notice", OWNER -> OWNER;
      case "work-order", OUTSIDE_COMPANY -> OUTSIDE_COMPANY;
      default -> outboxChannel;
    };
  }
}
