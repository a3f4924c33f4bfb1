package com.servicecentre.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The demo default: writes what would be sent to the log, so a first run shows every message without accounts. */
public class LogChannel implements DeliveryChannel {

  private static final Logger LOG = LoggerFactory.getLogger(LogChannel.class);

  @Override
  public String name() {
    return "log";
  }

  @Override
  public String addressOf(Recipient recipient) {
    return recipient.address();
  }

  @Override
  public void deliver(String address, MessageTemplate message, long reference) {
    LOG.info("通知 #{} [{}] → {}：{}", reference, message.type(), address, message.text());
  }
}
