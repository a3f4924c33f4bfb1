package com.servicecentre.database;

import java.time.Duration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Releases the {@link StartupLock} once the start-up is complete: after every ApplicationReadyEvent listener
 * (StaffLoader among them), which Spring Boot's own run listener (order 0) calls before this one.
 */
public class StartupLockRelease implements SpringApplicationRunListener, Ordered {

  public StartupLockRelease(SpringApplication application, String[] args) {
  }

  @Override
  public void ready(ConfigurableApplicationContext context, Duration timeTaken) {
    context.getBeanProvider(StartupLock.class).ifAvailable(StartupLock::release);
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
