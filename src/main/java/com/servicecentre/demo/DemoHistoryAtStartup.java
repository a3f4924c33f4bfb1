package com.servicecentre.demo;

import com.servicecentre.calendar.CalendarLoader;
import com.servicecentre.common.EngineClock;
import com.servicecentre.identity.StaffLoader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo switch (profile {@code demo-history}): at start-up, on a database whose registers are still empty, a
 * few months of history are generated ({@link DemoHistory}), so that a new user opens full charts. A restart finds
 * the registers filled and generates nothing.
 *
 * <p>Why here: generation moves the engine's clock, which is the whole JVM's. This runs as a lifecycle bean in an
 * earlier phase than the web server, so nobody can log in or send a request yet, and before the job executor
 * starts (on the application-ready event). The working calendars and the staff, which the application loads on
 * that same ready event, are loaded first here (both loaders add only what is missing, so loading them again at
 * the ready event changes nothing). On MySQL the start-up lock is held until then, so a second node starting at
 * the same time waits and then finds the registers filled.
 */
@Component
@Profile("demo-history")
public class DemoHistoryAtStartup implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(DemoHistoryAtStartup.class);

  private final DemoHistory history;
  private final CalendarLoader calendars;
  private final StaffLoader staff;
  private final int months;
  private final int casesPerMonth;
  private final long seed;
  private final String until;
  private volatile boolean running;

  public DemoHistoryAtStartup(DemoHistory history, CalendarLoader calendars, StaffLoader staff,
      @Value("${service-centre.demo-history.months:3}") int months,
      @Value("${service-centre.demo-history.cases-per-month:140}") int casesPerMonth,
      @Value("${service-centre.demo-history.seed:20261127}") long seed,
      @Value("${service-centre.demo-history.until:}") String until) {
    this.until = until;
    this.history = history;
    this.calendars = calendars;
    this.staff = staff;
    this.months = months;
    this.casesPerMonth = casesPerMonth;
    this.seed = seed;
  }

  @Override
  public void start() {
    running = true;
    if (!history.registersEmpty()) {
      LOG.info("演示历史：登记表中已有案件，不再生成");
      return;
    }
    calendars.load();
    staff.load();
    // Up to now, or (for a history that comes out the same at every run) up to a fixed moment in the past.
    LocalDateTime now = until.isBlank() ? EngineClock.now() : LocalDateTime.parse(until);
    LocalDate from = now.toLocalDate().minusMonths(months);
    int cases = months * casesPerMonth;
    LOG.info("演示历史：生成 {} 至 {}（{} 个月）约 {} 个案件，通过流程引擎，种子 {}", from, now.toLocalDate(), months, cases,
        seed);
    DemoHistory.Totals totals = history.generate(from, now, cases, seed);
    LOG.info("演示历史：完成，用时 {} 秒；发起 {}，已办结 {}，仍在办 {}，受阻 {}；完成任务 {} 个，触发定时器 {} 次",
        totals.took().toSeconds(), totals.started(), totals.finished(), totals.open(), totals.stuck(),
        totals.tasksCompleted(), totals.timersFired());
    LOG.info("演示历史：{}", history.outcomes());
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Before the web server's phase (Spring Boot starts it at DEFAULT_PHASE - 2048): no request comes in meanwhile. */
  @Override
  public int getPhase() {
    return 0;
  }
}
