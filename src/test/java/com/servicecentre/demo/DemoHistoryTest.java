package com.servicecentre.demo;

import com.servicecentre.LeaveOutTestEngine;
import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.OwnApplication;
import com.servicecentre.ServiceCentreApplication;
import com.servicecentre.calendar.WorkingCalendar;
import com.servicecentre.calendar.WorkingCalendars;
import com.servicecentre.common.EngineClock;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo switch on an H2 database of its own, as a user starts it: a month of history made through the engine,
 * with what the KPI page needs to show (finished cases of every process, late steps, reopened and dissatisfied
 * cases, leads that end in several ways, dates over the month in working hours), and nothing more at a restart.
 */
@OwnApplication
class DemoHistoryTest {

  /** A fixed period, so that the seeded history comes out the same at every run. */
  static final LocalDateTime UNTIL = LocalDateTime.of(2026, 11, 20, 18, 0);

  @TempDir Path dataDir;

  @Test
  void aMonthOfHistoryIsGeneratedThroughTheEngineOnceAndNotAgainAtARestart() {
    Map<String, Long> counts;
    try (ConfigurableApplicationContext app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      HistoryService history = engine.getHistoryService();

      // Every process has cases that ran from their start form to their end through the engine.
      for (String process : List.of("complaint-handling", "repair-dispatch", "move-out-refund", "lead-to-order")) {
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(process).completed().count())
            .as(process + " finished").isGreaterThanOrEqualTo(2);
        assertThat(history.createHistoricTaskInstanceQuery().processDefinitionKey(process).finished()
            .taskAssigned().count()).as(process + " tasks done by people").isGreaterThan(4);
      }
      // ... and every case has its register row, as when staff work in Tasklist.
      assertThat(count(jdbc, "complaint_register")).isEqualTo(started(history, "complaint-handling"));
      assertThat(count(jdbc, "repair_register")).isEqualTo(started(history, "repair-dispatch"));
      assertThat(count(jdbc, "lead_register")).isEqualTo(started(history, "lead-to-order"));

      // Late steps (their timers fired), reopened and dissatisfied cases, escalations.
      assertThat(count(jdbc, "case_step_time WHERE on_time = FALSE")).isGreaterThan(3);
      assertThat(count(jdbc, "complaint_register WHERE reopen_count > 0")).isPositive();
      assertThat(count(jdbc, "complaint_register WHERE reopen_count > 0")
          + count(jdbc, "repair_register WHERE reopen_count > 0")).isGreaterThanOrEqualTo(2);
      assertThat(count(jdbc, "complaint_register WHERE resolved_on_time = FALSE OR escalation IS NOT NULL"))
          .isPositive();
      assertThat(history.createHistoricActivityInstanceQuery().activityId("returnVisit").count())
          .isGreaterThan(history.createHistoricProcessInstanceQuery().processDefinitionKey("complaint-handling")
              .completed().count() / 2);
      // Complaints of several departments and offices, by several people.
      assertThat(jdbc.queryForList("SELECT DISTINCT responsible_group FROM complaint_register"
          + " WHERE responsible_group IS NOT NULL", String.class)).hasSizeGreaterThanOrEqualTo(2);
      assertThat(jdbc.queryForList("SELECT DISTINCT office FROM complaint_register", String.class))
          .containsExactlyInAnyOrder("A01", "A02");
      assertThat(jdbc.queryForList("SELECT DISTINCT received_by FROM complaint_register", String.class))
          .hasSizeGreaterThanOrEqualTo(3);
      // Leads end in several ways.
      assertThat(jdbc.queryForList("SELECT DISTINCT status FROM lead_register", String.class))
          .hasSizeGreaterThanOrEqualTo(3).contains("signed");

      // Dates spread over the month, each case received in working hours.
      WorkingCalendar hours = app.getBean(WorkingCalendars.class).get("office-hours");
      List<LocalDateTime> received = jdbc.queryForList("SELECT received_at FROM complaint_register"
          + " UNION ALL SELECT reported_at FROM repair_register UNION ALL SELECT received_at FROM lead_register",
          Timestamp.class).stream().map(Timestamp::toLocalDateTime).sorted().toList();
      assertThat(received.get(0)).isBefore(UNTIL.minusDays(20));
      assertThat(received.get(received.size() - 1)).isBefore(UNTIL);
      assertThat(Duration.between(received.get(0), received.get(received.size() - 1)).toDays())
          .isGreaterThanOrEqualTo(20);
      assertThat(received).allSatisfy(at -> assertThat(hours.isWorkingTime(at.atZone(EngineClock.ZONE).toInstant()))
          .as(at + " in working hours").isTrue());
      // The engine's clock is the real one again.
      assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now()).abs())
          .isLessThan(Duration.ofMinutes(1));

      counts = totals(jdbc);
    }
    try (ConfigurableApplicationContext app = start()) {
      assertThat(totals(app.getBean(JdbcTemplate.class))).isEqualTo(counts);
    }
  }

  private static long started(HistoryService history, String process) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(process).count();
  }

  private static long count(JdbcTemplate jdbc, String tableAndCondition) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + tableAndCondition, Long.class);
  }

  private static Map<String, Long> totals(JdbcTemplate jdbc) {
    return Map.of("complaints", count(jdbc, "complaint_register"), "repairs", count(jdbc, "repair_register"),
        "moveOuts", count(jdbc, "move_out_register"), "leads", count(jdbc, "lead_register"),
        "cases", count(jdbc, "ACT_HI_PROCINST"));
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(ServiceCentreApplication.class).profiles("demo", "demo-history")
        // The test sources are on the class path: keep the test engine's stand-ins out of this application.
        .initializers(ctx -> ctx.getBeanFactory().registerSingleton("demoHistoryTestLeavesOutTestEngine",
            new LeaveOutTestEngine()))
        .run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("db").toAbsolutePath()
            + ";DB_CLOSE_ON_EXIT=FALSE", "--service-centre.demo-history.months=1",
            "--service-centre.demo-history.cases-per-month=50", "--service-centre.demo-history.until=" + UNTIL,
            "--service-centre.notification.relay.enabled=false",
            "--logging.level.com.servicecentre.demo=INFO");
  }
}
