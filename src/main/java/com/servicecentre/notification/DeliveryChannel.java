package com.servicecentre.notification;

/** One way of reaching people (log, e-mail, SMS, WeChat): an adapter behind the outbox. */
public interface DeliveryChannel {

  String name();

  /** Where this channel reaches the recipient, or null when their record allows no such message. */
  String addressOf(Recipient recipient);

  /**
   * Sends the rendered message to the address, or throws {@link DeliveryFailed}. {@code reference} (the outbox id)
   * goes to providers that keep one, so a message sent twice after a crash can be traced.
   */
  void deliver(String address, MessageTemplate message, long reference);
}
