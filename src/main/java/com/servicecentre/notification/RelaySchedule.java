package com.servicecentre.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the relay every service-centre.notification.relay.interval on every node (they share the work through
 * their claims). Off with service-centre.notification.relay.enabled=false, as in the tests, which run it
 * themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "service-centre.notification.relay.enabled", havingValue = "true", matchIfMissing = true)
public class RelaySchedule {

  private static final Logger LOG = LoggerFactory.getLogger(RelaySchedule.class);

  private final NotificationRelay relay;

  public RelaySchedule(NotificationRelay relay) {
    this.relay = relay;
  }

  @Scheduled(fixedDelayString = "${service-centre.notification.relay.interval:PT10S}",
      initialDelayString = "${service-centre.notification.relay.interval:PT10S}")
  public void run() {
    try {
      relay.drain();
    } catch (RuntimeException e) {
      // The database may be away for a moment; the next run tries again.
      LOG.warn("Notification relay run failed: {}", e.getMessage());
    }
  }
}
