package com.servicecentre.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.common.EngineClock;
import com.servicecentre.notification.NotificationRelay;
import com.servicecentre.notification.OutboxNotifications;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The KPI rhythm on 锦绣苑管理处 (A02: supervisor luoping, dispatcher gaofeng, office manager xiaohong, no finance
 * manager). Register rows of other tests exist, so each test asserts on its own cases and its own periods; the engine
 * clock is never moved (the tick is given its moment).
 */
@ServiceCentreTest
class KpiReportsTest {

  private static final String OFFICE = "A02";

  @Autowired
  KpiReports reports;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  OutboxNotifications outbox;
  @Autowired
  ProcessEngine engine;
  @Autowired
  NotificationRelay relay;

  private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

  @Test
  void theDailyWarningIsProducedOncePerWorkingDayNamingTheRightCases() {
    String dueToday = repair(OFFICE, "dispatched", LocalDateTime.of(2026, 10, 9, 14, 0), null, 0);
    String overdue = repair(OFFICE, "dispatched", LocalDateTime.of(2026, 10, 8, 9, 0),
        LocalDateTime.of(2026, 10, 8, 17, 0), 0);
    jdbc.update("UPDATE repair_register SET arrived_at = ? WHERE job_no = ?", LocalDateTime.of(2026, 10, 8, 8, 50),
        overdue);
    String dueLater = repair(OFFICE, "dispatched", LocalDateTime.of(2026, 10, 12, 9, 0), null, 0);
    String closed = repair(OFFICE, "closed", LocalDateTime.of(2026, 10, 1, 9, 0), null, 3);
    String otherOffice = repair("A01", "dispatched", LocalDateTime.of(2026, 10, 9, 10, 0), null, 2);
    String reopenedTwice = complaint(OFFICE, "open", "maintenance", 2);
    String reopenedByServiceDesk = complaint(OFFICE, "open", null, 3);
    String reopenedOnce = complaint(OFFICE, "open", null, 1);
    String reopenedButClosed = complaint(OFFICE, "closed", null, 2);

    // 2026: 9月30日 a working day, 10月1–7日 the National Day holiday, 10月10日 (Saturday) a make-up working day.
    for (LocalDate day = LocalDate.of(2026, 9, 30); !day.isAfter(LocalDate.of(2026, 10, 11)); day = day.plusDays(1)) {
      assertThat(reports.runDue(at(day, "07:30"), List.of(OFFICE))).as("before 08:00 on %s", day).isEmpty();
      reports.runDue(at(day, "08:30"), List.of(OFFICE));
      reports.runDue(at(day, "16:00"), List.of(OFFICE));
    }
    List<LocalDate> warned = reports.reports(KpiReportKind.DAILY, LocalDate.of(2026, 9, 30),
        LocalDate.of(2026, 10, 11), List.of(OFFICE), List.of(KpiReports.WHOLE_OFFICE)).stream()
        .map(KpiReport::periodStart).sorted().toList();
    assertThat(warned).containsExactly(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8),
        LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10));

    Map<String, KpiReport> ofDepartment = byDepartment(KpiReportKind.DAILY, LocalDate.of(2026, 10, 9));
    assertThat(ofDepartment).containsKeys(KpiReports.WHOLE_OFFICE, "customer-service", "maintenance", "finance");
    JsonNode maintenance = ofDepartment.get("maintenance").content();
    assertThat(caseNos(maintenance.get("dueToday"))).contains(dueToday)
        .doesNotContain(overdue, dueLater, closed, otherOffice);
    assertThat(caseNos(maintenance.get("overdue"))).contains(overdue)
        .doesNotContain(dueToday, dueLater, closed, otherOffice);
    assertThat(step(maintenance.get("dueToday"), dueToday)).isEqualTo("上门到场");
    assertThat(due(maintenance.get("dueToday"), dueToday)).isEqualTo("2026-10-09T14:00:00");
    assertThat(step(maintenance.get("overdue"), overdue)).isEqualTo("维修完工");
    assertThat(caseNos(maintenance.get("reopened"))).contains(reopenedTwice)
        .doesNotContain(reopenedByServiceDesk, reopenedOnce, reopenedButClosed, closed, otherOffice);
    JsonNode serviceDesk = ofDepartment.get("customer-service").content();
    assertThat(caseNos(serviceDesk.get("reopened"))).contains(reopenedByServiceDesk)
        .doesNotContain(reopenedTwice, reopenedOnce, reopenedButClosed);
    assertThat(caseNos(ofDepartment.get(KpiReports.WHOLE_OFFICE).content().get("overdue"))).contains(overdue);

    // The dispatcher of 锦绣苑 hears of his department's cases, once, with the counts and the link.
    List<Map<String, Object>> toDispatcher = outbox.messagesFor("kpi:daily:2026-10-09:A02:maintenance:");
    assertThat(toDispatcher).singleElement().satisfies(m -> {
      assertThat(m.get("RECIPIENT")).isEqualTo("gaofeng");
      assertThat((String) m.get("MESSAGE")).startsWith("【锦绣苑管理处】2026年10月9日日预警·工程维修部：")
          .contains(dueToday + "（上门到场 14:00）", overdue + "（维修完工 10月8日17:00）", reopenedTwice + "（2次）")
          .contains("/kpi/").doesNotContain(otherOffice);
    });
    assertThat(outbox.messagesFor("kpi:daily:2026-10-09:A02:customer-service:"))
        .extracting(m -> m.get("RECIPIENT")).containsExactly("luoping");
    assertThat(outbox.messagesFor("kpi:daily:2026-10-01:")).isEmpty();
    // Nobody is told the office's own list: each head has his.
    assertThat(outbox.messagesFor("kpi:daily:2026-10-09:A02:*:")).isEmpty();

    // The relay renders and delivers it from its fields (the log channel in the tests).
    for (int batch = 0; batch < 100 && relay.drain() > 0; batch++) {
      // until the outbox is empty
    }
    assertThat(outbox.messagesFor("kpi:daily:2026-10-09:A02:maintenance:")).singleElement()
        .satisfies(m -> assertThat(m.get("STATE")).isEqualTo("sent"));
  }

  @Test
  void anOpenStepOfARunningCaseIsNamedWithItsTaskAndDueTime() {
    // A move-out started without a login belongs to 翠湖花园 (A01); its open step is due on 2026-10-12 at 10:00.
    ProcessInstance moveOut = engine.getRuntimeService().startProcessInstanceByKey("move-out-refund", Map.of(
        "applicant", "赵先生", "unit", "9栋" + tag, "moveOutDate", "2026-12-01", "reason", "lease-end",
        "refundAccount", "工商银行 6222 0000 1111", "renovationDeposit", 1000.0, "leaseDeposit", 500.0,
        "prepaidFees", 0.0));
    Task step = engine.getTaskService().createTaskQuery().processInstanceId(moveOut.getId()).singleResult();
    step.setDueDate(Date.from(at(LocalDate.of(2026, 10, 12), "10:00")));
    engine.getTaskService().saveTask(step);

    reports.produce(KpiReportKind.DAILY, LocalDate.of(2026, 10, 12), "A01");
    KpiReport finance = reports.reports(KpiReportKind.DAILY, LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 12),
        List.of("A01"), List.of("finance")).get(0);
    assertThat(caseNos(finance.content().get("dueToday"))).contains(moveOut.getBusinessKey());
    assertThat(step(finance.content().get("dueToday"), moveOut.getBusinessKey())).isEqualTo(step.getName());
    assertThat(due(finance.content().get("dueToday"), moveOut.getBusinessKey())).isEqualTo("2026-10-12T10:00:00");
    assertThat(finance.recipients()).containsExactly("zhengqiang");
    assertThat(outbox.messagesFor("kpi:daily:2026-10-12:A01:finance:zhengqiang")).singleElement()
        .satisfies(m -> assertThat((String) m.get("MESSAGE")).contains(moveOut.getBusinessKey()));
    engine.getRuntimeService().deleteProcessInstance(moveOut.getId(), "test over");
  }

  @Test
  void theWeeklyBulletinAndMonthlyAssessmentComeOnTheFirstWorkingDayOfTheirPeriod() {
    for (LocalDate day = LocalDate.of(2026, 5, 1); !day.isAfter(LocalDate.of(2026, 5, 12)); day = day.plusDays(1)) {
      reports.runDue(at(day, "09:00"), List.of(OFFICE));
    }
    // 2026: 5月1–5日 the Labour Day holiday, so 5月6日 (Wednesday) is the first working day of May and of its week:
    // April's assessment and the bulletin of the week of 4月27日; 5月11日 (Monday) the bulletin of the week of 5月4日.
    assertThat(createdOn(KpiReportKind.MONTHLY, LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 5, 6));
    assertThat(createdOn(KpiReportKind.WEEKLY, LocalDate.of(2026, 4, 27))).isEqualTo(LocalDate.of(2026, 5, 6));
    assertThat(createdOn(KpiReportKind.WEEKLY, LocalDate.of(2026, 5, 4))).isEqualTo(LocalDate.of(2026, 5, 11));
    assertThat(reports.reports(KpiReportKind.DAILY, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5),
        List.of(OFFICE), null)).isEmpty();
  }

  @Test
  void twoNodesTickingAtOnceProduceAndSendEachReportOnce() throws Exception {
    String late = repair(OFFICE, "dispatched", LocalDateTime.of(2026, 11, 2, 11, 0), null, 0);
    Instant monday = at(LocalDate.of(2026, 11, 2), "08:05");
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      Callable<List<KpiReport>> tick = () -> {
        start.await();
        return reports.runDue(monday, List.of(OFFICE));
      };
      Future<List<KpiReport>> first = nodes.submit(tick);
      Future<List<KpiReport>> second = nodes.submit(tick);
      start.countDown();
      List<KpiReport> produced = new ArrayList<>(first.get(60, TimeUnit.SECONDS));
      produced.addAll(second.get(60, TimeUnit.SECONDS));
      List<KpiReport> stored = new ArrayList<>();
      stored.addAll(reports.reports(KpiReportKind.DAILY, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2),
          List.of(OFFICE), null));
      stored.addAll(reports.reports(KpiReportKind.WEEKLY, LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 26),
          List.of(OFFICE), null));
      stored.addAll(reports.reports(KpiReportKind.MONTHLY, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1),
          List.of(OFFICE), null));
      assertThat(produced).extracting(KpiReport::id).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(stored.stream().map(KpiReport::id).toList());
      assertThat(stored).filteredOn(r -> r.department().equals(KpiReports.WHOLE_OFFICE))
          .extracting(KpiReport::kind).containsExactlyInAnyOrder("daily", "weekly", "monthly");
    } finally {
      nodes.shutdownNow();
    }
    assertThat(reports.runDue(monday.plusSeconds(3600), List.of(OFFICE))).isEmpty();
    assertThat(outbox.messagesFor("kpi:daily:2026-11-02:A02:maintenance:")).singleElement()
        .satisfies(m -> assertThat((String) m.get("MESSAGE")).contains(late));
  }

  @Test
  void theMonthlyAssessmentComparesWithTheMonthBeforeAndNamesTheDepartmentsThatMissed() {
    // May 2021: both of 锦绣苑's repairs arrived on time; June: one of two. A complaint settled at intake, a
    // move-out approved (财务部, which has no head in 锦绣苑: its report goes to the office manager).
    arrived(LocalDateTime.of(2021, 5, 6, 9, 0), true);
    arrived(LocalDateTime.of(2021, 5, 7, 9, 0), true);
    arrived(LocalDateTime.of(2021, 6, 3, 9, 0), true);
    arrived(LocalDateTime.of(2021, 6, 4, 9, 0), false);
    settledComplaint(LocalDateTime.of(2021, 6, 5, 10, 0));
    approvedMoveOut(LocalDateTime.of(2021, 6, 10, 10, 0));

    assertThat(reports.produce(KpiReportKind.MONTHLY, LocalDate.of(2021, 6, 1), OFFICE)).isNotEmpty();
    Map<String, KpiReport> ofDepartment = byDepartment(KpiReportKind.MONTHLY, LocalDate.of(2021, 6, 1));
    JsonNode maintenance = ofDepartment.get("maintenance").content();
    assertThat(maintenance.get("previousFrom").asText()).isEqualTo("2021-05-01");
    JsonNode arrival = line(maintenance, "repair-arrived-on-time");
    assertThat(arrival.get("value").asDouble()).isEqualTo(50.0);
    assertThat(arrival.get("previous").asDouble()).isEqualTo(100.0);
    assertThat(arrival.get("change").asDouble()).isEqualTo(-50.0);
    assertThat(arrival.get("met").asBoolean()).isFalse();
    assertThat(texts(maintenance.get("missed"))).containsExactly("repair-arrived-on-time");
    assertThat(texts(maintenance.get("worse"))).containsExactly("repair-arrived-on-time");
    assertThat(texts(ofDepartment.get("customer-service").content().get("missed"))).isEmpty();
    assertThat(line(ofDepartment.get("customer-service").content(), "complaint-first-contact").get("value")
        .asDouble()).isEqualTo(100.0);

    JsonNode office = ofDepartment.get(KpiReports.WHOLE_OFFICE).content();
    assertThat(office.get("departmentsMissed")).singleElement().satisfies(d -> {
      assertThat(d.get("department").asText()).isEqualTo("maintenance");
      assertThat(texts(d.get("missed"))).containsExactly("repair-arrived-on-time");
    });
    assertThat(outbox.messagesFor("kpi:monthly:2021-06-01:A02:maintenance:")).singleElement().satisfies(m -> {
      assertThat(m.get("RECIPIENT")).isEqualTo("gaofeng");
      assertThat((String) m.get("MESSAGE")).contains("月考核·工程维修部（2021年6月）").contains("1项未达标")
          .contains("报修按时到岗率 50%（目标 95%）").contains("1项较上月变差");
    });
    assertThat(outbox.messagesFor("kpi:monthly:2021-06-01:A02:*:")).singleElement().satisfies(m -> {
      assertThat(m.get("RECIPIENT")).isEqualTo("xiaohong");
      assertThat((String) m.get("MESSAGE")).startsWith("【锦绣苑管理处】月考核·全部门（2021年6月）").contains("未达标部门：工程维修部（1项）");
    });
    assertThat(outbox.messagesFor("kpi:monthly:2021-06-01:A02:finance:")).extracting(m -> m.get("RECIPIENT"))
        .containsExactly("xiaohong");
    assertThat(reports.produce(KpiReportKind.MONTHLY, LocalDate.of(2021, 6, 1), OFFICE)).isEmpty();
  }

  @Test
  void aRerunReplacesTheContentWithoutSendingAgainUnlessAsked() {
    String slow = arrived(LocalDateTime.of(2021, 9, 2, 9, 0), false);
    reports.produce(KpiReportKind.MONTHLY, LocalDate.of(2021, 9, 1), OFFICE);
    assertThat(texts(byDepartment(KpiReportKind.MONTHLY, LocalDate.of(2021, 9, 1)).get("maintenance").content()
        .get("missed"))).containsExactly("repair-arrived-on-time");
    int sent = outbox.messagesFor("kpi:monthly:2021-09-01:A02:").size();
    assertThat(sent).isPositive();

    // The arrival is corrected in the register (it was on time after all): the assessment is re-run.
    jdbc.update("UPDATE repair_register SET arrived_on_time = TRUE WHERE job_no = ?", slow);
    reports.rerun(KpiReportKind.MONTHLY, LocalDate.of(2021, 9, 1), OFFICE, false, "guoyu");
    KpiReport maintenance = byDepartment(KpiReportKind.MONTHLY, LocalDate.of(2021, 9, 1)).get("maintenance");
    assertThat(maintenance.rerun()).isTrue();
    assertThat(maintenance.rerunBy()).isEqualTo("guoyu");
    assertThat(texts(maintenance.content().get("missed"))).isEmpty();
    assertThat(line(maintenance.content(), "repair-arrived-on-time").get("value").asDouble()).isEqualTo(100.0);
    assertThat(reports.reports(KpiReportKind.MONTHLY, LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 1),
        List.of(OFFICE), List.of("maintenance"))).hasSize(1);
    assertThat(outbox.messagesFor("kpi:monthly:2021-09-01:A02:")).hasSize(sent);

    reports.rerun(KpiReportKind.MONTHLY, LocalDate.of(2021, 9, 1), OFFICE, true, "guoyu");
    assertThat(outbox.messagesFor("kpi:monthly:2021-09-01:A02:maintenance:rerun-")).singleElement()
        .satisfies(m -> assertThat((String) m.get("MESSAGE")).contains("0项未达标"));
  }

  @Test
  void aRerunOfAReportNeverProducedProducesAndSendsItOnce() {
    arrived(LocalDateTime.of(2021, 11, 3, 9, 0), true);
    List<KpiReport> produced = reports.rerun(KpiReportKind.MONTHLY, LocalDate.of(2021, 11, 1), OFFICE, false,
        "guoyu");
    assertThat(produced).extracting(KpiReport::department).contains(KpiReports.WHOLE_OFFICE, "maintenance");
    assertThat(produced).extracting(KpiReport::rerun).containsOnly(false);
    assertThat(outbox.messagesFor("kpi:monthly:2021-11-01:A02:maintenance:")).extracting(m -> m.get("RECIPIENT"))
        .containsExactly("gaofeng");

    reports.rerun(KpiReportKind.MONTHLY, LocalDate.of(2021, 11, 1), OFFICE, false, "guoyu");
    assertThat(outbox.messagesFor("kpi:monthly:2021-11-01:A02:maintenance:")).hasSize(1);
    assertThat(byDepartment(KpiReportKind.MONTHLY, LocalDate.of(2021, 11, 1)).get("maintenance").rerun()).isTrue();
  }

  @Test
  void aRerunNeedsThePeriodsFirstDayAndAPastPeriod() {
    assertThatThrownBy(() -> reports.rerun(KpiReportKind.WEEKLY, LocalDate.of(2026, 10, 7), OFFICE, false, "guoyu"))
        .isInstanceOf(KpiReportRefused.class).hasMessageContaining("periodStart").hasMessageContaining("周一");
    assertThatThrownBy(() -> reports.rerun(KpiReportKind.MONTHLY, LocalDate.of(2026, 10, 2), OFFICE, false, "guoyu"))
        .hasMessageContaining("每月1日");
    LocalDate thisMonth = EngineClock.now().toLocalDate().withDayOfMonth(1);
    assertThatThrownBy(() -> reports.rerun(KpiReportKind.MONTHLY, thisMonth, OFFICE, false, "guoyu"))
        .hasMessageContaining("已经过去");
    assertThatThrownBy(() -> reports.rerun(KpiReportKind.DAILY, LocalDate.of(2026, 10, 9), "X99", false, "guoyu"))
        .hasMessageContaining("office");
    assertThatThrownBy(() -> reports.rerun(KpiReportKind.DAILY, LocalDate.of(2026, 10, 1), OFFICE, false, "guoyu"))
        .hasMessageContaining("不是锦绣苑管理处的工作日");
  }

  private static Instant at(LocalDate day, String time) {
    return LocalDateTime.of(day, LocalTime.parse(time)).atZone(EngineClock.ZONE).toInstant();
  }

  private Map<String, KpiReport> byDepartment(KpiReportKind kind, LocalDate start) {
    Map<String, KpiReport> rows = new HashMap<>();
    reports.reports(kind, start, start, List.of(OFFICE), null).forEach(r -> rows.put(r.department(), r));
    return rows;
  }

  private LocalDate createdOn(KpiReportKind kind, LocalDate start) {
    return jdbc.queryForObject("""
        SELECT created_at FROM kpi_report WHERE kind = ? AND period_start = ? AND office = ? AND department = '*'""",
        LocalDateTime.class, kind.id(), start, OFFICE).toLocalDate();
  }

  private String repair(String office, String status, LocalDateTime arrivalDue, LocalDateTime completionDue,
      int reopenings) {
    String jobNo = "BX" + tag + next();
    jdbc.update("""
        INSERT INTO repair_register (job_no, process_instance_id, reporter, area_type, trade, repair_size, urgency,
          under_warranty, description, reported_at, status, office, arrival_due, completion_due, reopen_count)
        VALUES (?, ?, '测试业主', 'unit', 'plumbing', 'small', 'normal', FALSE, '水管漏水', ?, ?, ?, ?, ?, ?)""",
        jobNo, "rhythm-" + jobNo, LocalDateTime.of(2019, 1, 2, 9, 0), status, office, arrivalDue, completionDue,
        reopenings);
    return jobNo;
  }

  private String arrived(LocalDateTime reported, boolean onTime) {
    String jobNo = repair(OFFICE, "completed", null, null, 0);
    jdbc.update("UPDATE repair_register SET reported_at = ?, arrived_at = ?, arrived_on_time = ? WHERE job_no = ?",
        reported, reported.plusHours(1), onTime, jobNo);
    return jobNo;
  }

  private String complaint(String office, String status, String responsibleGroup, int reopenings) {
    String no = "TS" + tag + next();
    jdbc.update("""
        INSERT INTO complaint_register (complaint_no, process_instance_id, complainant_name, channel, category,
          severity, description, received_at, settled_at_intake, status, office, responsible_group, reopen_count)
        VALUES (?, ?, '测试业主', 'phone', 'service', 'normal', '噪音', ?, FALSE, ?, ?, ?, ?)""",
        no, "rhythm-" + no, LocalDateTime.of(2019, 1, 2, 9, 0), status, office, responsibleGroup, reopenings);
    return no;
  }

  private void settledComplaint(LocalDateTime received) {
    String no = complaint(OFFICE, "open", null, 0);
    jdbc.update("UPDATE complaint_register SET received_at = ?, settled_at_intake = TRUE, resolution = '当场解释' "
        + "WHERE complaint_no = ?", received, no);
  }

  private void approvedMoveOut(LocalDateTime applied) {
    String no = "TF" + tag + next();
    jdbc.update("""
        INSERT INTO move_out_register (case_no, process_instance_id, applicant, unit, move_out_date, reason,
          deposits_held, status, applied_at, office, approval_chain)
        VALUES (?, ?, '测试业主', 'A座1001', ?, 'sale', 1000, 'approved', ?, ?, '财务经理 同意')""",
        no, "rhythm-" + no, applied.toLocalDate(), applied, OFFICE);
  }

  private int counter;

  private String next() {
    return String.format("%03d", ++counter);
  }

  private static List<String> caseNos(JsonNode cases) {
    List<String> nos = new ArrayList<>();
    cases.forEach(c -> nos.add(c.get("caseNo").asText()));
    return nos;
  }

  private static String step(JsonNode cases, String caseNo) {
    for (JsonNode c : cases) {
      if (c.get("caseNo").asText().equals(caseNo)) {
        return c.get("step").asText();
      }
    }
    return null;
  }

  private static String due(JsonNode cases, String caseNo) {
    for (JsonNode c : cases) {
      if (c.get("caseNo").asText().equals(caseNo)) {
        return c.get("due").asText();
      }
    }
    return null;
  }

  private static JsonNode line(JsonNode bulletin, String kpi) {
    for (JsonNode l : bulletin.get("figures")) {
      if (l.get("kpi").asText().equals(kpi)) {
        return l;
      }
    }
    throw new AssertionError("no line " + kpi + " in " + bulletin);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }
}
