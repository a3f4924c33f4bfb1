package com.servicecentre.handover;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts and ends absences on every node every service-centre.handover.interval (default a minute); the row claim
 * in {@link TaskHandovers} keeps two nodes from doing the same one. Off with
 * service-centre.handover.schedule.enabled=false, as in the tests, which move the clock and run it themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "service-centre.handover.schedule.enabled", havingValue = "true", matchIfMissing = true)
public class HandoverSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(HandoverSchedule.class);

  private final TaskHandovers handovers;

  public HandoverSchedule(TaskHandovers handovers) {
    this.handovers = handovers;
  }

  @Scheduled(fixedDelayString = "${service-centre.handover.interval:PT1M}",
      initialDelayString = "${service-centre.handover.interval:PT1M}")
  public void run() {
    try {
      handovers.runDue();
    } catch (RuntimeException e) {
      LOG.warn("Absence hand-over run failed: {}", e.getMessage());
    }
  }
}
