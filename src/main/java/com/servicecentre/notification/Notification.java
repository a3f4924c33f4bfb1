package com.servicecentre.notification;

import java.util.Map;

/**
 * One message to a person or a group. The key is unique per message, so sending the same key again is a no-op.
 *
 * <p>{@code channel} says who the recipient is and how the process wants them told: {@code tasklist} for staff
 * groups and users, {@code sms} or {@code notice} (a phone number or a unit) for complainants, owners and
 * applicants, {@code work-order} for outside companies, {@code owner} for owners' typed messages. The relay chooses
 * the delivery channel (e-mail, SMS, WeChat, log) from that audience and the message type by configuration.
 *
 * <p>{@code message} is the text staff read in the outbox and the audit (a typed message gets its type's text
 * template). {@code type} names the template the message is rendered with, {@code fields} the case's values it fills in
 * (all the type declares: a missing one is refused here, never sent as a blank). {@code urgent} messages are not
 * held for quiet hours.
 */
public record Notification(String key, String channel, String recipient, String message, String type,
    Map<String, String> fields, boolean urgent, String processInstanceId) {

  /** A message composed by the model (the {@code sendNotification} step): sent with the generic template. */
  public Notification(String key, String channel, String recipient, String message) {
    this(key, channel, recipient, message, MessageType.NOTICE.name(), Map.of("message", message), false,
        caseOf(key));
  }

  /** A typed message: rendered from the type's templates with these fields. */
  public static Notification of(String key, MessageType type, String recipient, Map<String, String> fields,
      boolean urgent, String processInstanceId) {
    type.check(fields);
    return new Notification(key, type.audience(), recipient, null, type.name(),
        Map.copyOf(fields), urgent, processInstanceId);
  }

  /** Keys of the model's steps start with the process instance id ({@link SendNotification#keyOf}). */
  private static String caseOf(String key) {
    int colon = key == null ? -1 : key.indexOf(':');
    return colon > 0 ? key.substring(0, colon) : null;
  }
}
