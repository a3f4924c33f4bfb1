package com.servicecentre;

import com.servicecentre.notification.Notification;
import com.servicecentre.notification.NotificationPort;
import com.servicecentre.notification.OutboxNotifications;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The test application's engine. The job executor is off in tests (timers are fired by the tests themselves,
 * with the engine clock moved), so this stands in for it for the steps the models run as jobs of their own
 * (asyncBefore: notifications, bookings, payments, archives): once a command has committed, every such job that
 * is due runs, in the same thread. A job that fails stays, with one retry less, as it would in production.
 * Notifications can be made to fail to show what a failing side effect does ({@link #failNotifications}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestEngine {

  private static final AtomicInteger NOTIFICATION_FAULTS = new AtomicInteger();

  /** The next {@code times} notifications fail, as an unreachable outbox would. */
  public static void failNotifications(int times) {
    NOTIFICATION_FAULTS.set(times);
  }

  @Bean
  AbstractProcessEnginePlugin asyncStepsRunInTests() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new RunDueAsyncJobs(configuration));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
      }
    };
  }

  @Bean
  @Primary
  NotificationPort notificationsThatMayFail(OutboxNotifications outbox) {
    return (Notification notification) -> {
      if (NOTIFICATION_FAULTS.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new IllegalStateException("notification outbox unreachable (test fault)");
      }
      outbox.send(notification);
    };
  }

  /** Outside the transaction: after the caller's command committed, run the due asynchronous continuations. */
  private static final class RunDueAsyncJobs extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;
    private final ThreadLocal<Boolean> running = ThreadLocal.withInitial(() -> false);
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    RunDueAsyncJobs(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      depth.set(depth.get() + 1);
      T result;
      try {
        result = next.execute(command);
      } finally {
        depth.set(depth.get() - 1);
      }
      if (depth.get() == 0 && !running.get()) {
        runDueJobs();
      }
      return result;
    }

    private void runDueJobs() {
      running.set(true);
      IdentityService identity = configuration.getIdentityService();
      Authentication caller = identity.getCurrentAuthentication();
      identity.clearAuthentication();
      try {
        ManagementService management = configuration.getManagementService();
        for (int round = 0; round < 50; round++) {
          List<Job> due = management.createJobQuery().messages().executable().list();
          if (due.isEmpty()) {
            return;
          }
          for (Job job : due) {
            try {
              management.executeJob(job.getId());
            } catch (RuntimeException failed) {
              // The job keeps its failure and one retry less, as with the real job executor.
            }
          }
          if (management.createJobQuery().messages().executable().count() == due.size()
              && management.createJobQuery().messages().executable().list().stream()
                  .allMatch(j -> due.stream().anyMatch(d -> d.getId().equals(j.getId())))) {
            return;
          }
        }
      } finally {
        if (caller != null) {
          identity.setAuthentication(caller);
        }
        running.set(false);
      }
    }
  }
}
