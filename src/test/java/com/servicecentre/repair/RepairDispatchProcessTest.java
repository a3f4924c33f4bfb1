package com.servicecentre.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static com.servicecentre.SlaTimers.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.servicecentre.ProcessCoverageFloor.Covers;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TestStaff;
import com.servicecentre.ledger.FeeLedger;
import com.servicecentre.notification.OutboxNotifications;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of repair-dispatch on the real application, with the register, the fee ledger and the outbox. */
@ServiceCentreTest
@Covers("repair-dispatch")
class RepairDispatchProcessTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 9, 0);

  @Autowired ProcessEngine engine;
  @Autowired RepairRegister register;
  @Autowired FeeLedger ledger;
  @Autowired OutboxNotifications outbox;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    setClock(NOW);
    TestStaff.member(engine.getIdentityService(), "liuqiang", "maintenance");
    TestStaff.member(engine.getIdentityService(), "zhangwei", "customer-service");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void chargeableInHomeRepairByTheInHouseTeam() {
    ProcessInstance job = start(report("in-home", "plumbing-electrical", "minor", "normal", false));
    String jobNo = job.getBusinessKey();
    assertThat(jobNo).matches("BX\\d{6}");
    assertThat(job).variables().containsEntry("team", "in-house").containsEntry("chargeable", true);

    dispatchAndRepair(job);
    assertThat(job).isWaitingAt("confirmCharge").task().hasCandidateGroup("customer-service");
    complete(task(job), withVariables("fee", 35.5, "ownerConfirmed", true));
    complete(task(job), withVariables("satisfied", true));

    assertThat(job).isEnded().hasPassed("recordRepairCharge", "archiveRepairJob");
    assertThat(ledger.entries(jobNo)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("UNIT", "5栋2单元701").containsEntry("ENTRY_TYPE", "repair-charge");
      assertThat((BigDecimal) e.get("AMOUNT")).isEqualByComparingTo("35.50");
    });
    assertThat(register.find(jobNo)).containsEntry("STATUS", "closed").containsEntry("TECHNICIAN", "liuqiang")
        .containsEntry("ARRIVED_ON_TIME", true).containsEntry("COMPLETED_ON_TIME", true)
        .containsEntry("SATISFACTION", "satisfied");
  }

  @Test
  void publicAreaRepairIsFreeAndCountsInTheFigures() {
    ProcessInstance job = start(report("public-area", "drain", "medium", "normal", false));
    dispatchAndRepair(job);
    assertThat(job).isWaitingAt("returnVisit").hasNotPassed("confirmCharge");
    complete(task(job), withVariables("satisfied", true));

    assertThat(ledger.entries(job.getBusinessKey())).isEmpty();
    var figures = register.figures(NOW.minusDays(1), NOW.plusDays(1));
    assertThat(figures.closed()).isGreaterThanOrEqualTo(1);
    assertThat(register.jobsByAreaAndTrade(NOW.minusDays(1), NOW.plusDays(1)))
        .anySatisfy(r -> assertThat(r).containsEntry("AREA_TYPE", "public-area").containsEntry("TRADE", "drain"));
  }

  @Test
  void underWarrantyIsFree() {
    ProcessInstance job = start(report("in-home", "civil-doors-windows", "minor", "normal", true));
    assertThat(job).variables().containsEntry("chargeable", false);
  }

  @Test
  void liftRepairGoesToTheOutsideCompanyAndTheDispatcherRecordsItsReport() {
    ProcessInstance job = start(report("public-area", "lift", "major", "urgent", false));
    assertThat(job).isWaitingAt("recordOutsourcedReport").task().hasCandidateGroup("dispatcher");
    assertThat(outbox.messagesFor(job.getId())).singleElement()
        .satisfies(m -> assertThat(m).containsEntry("RECIPIENT", "outsourced-lift"));

    // the lift company's contract: 24 hours round the clock; warned at 75 %, escalated at the due time
    Task report = task(job);
    assertThat(report.getDueDate()).isEqualTo(at(NOW.plusHours(24)));
    assertThat(report.getFollowUpDate()).isEqualTo(at(NOW.plusHours(18)));
    setClock(NOW.plusHours(19));
    fireTimer(job, "recordOutsourcedReportWarning");
    setClock(NOW.plusHours(24).plusMinutes(5));
    fireTimer(job, "recordOutsourcedReportOverdue");
    assertThat(outbox.messagesFor(job.getId())).extracting(m -> m.get("RECIPIENT"))
        .containsExactlyInAnyOrder("outsourced-lift", "dispatcher", "dispatcher", "cs-supervisor");
    assertThat(task(job)).hasCandidateGroup("cs-supervisor");

    setClock(NOW.plusHours(30));
    complete(task(job), withVariables("workDone", "更换曳引钢丝绳"));

    assertThat(job).isWaitingAt("returnVisit");
    // the centre's clock stood still while the outside company had the job (30 hours round the clock)
    assertThat(register.find(job.getBusinessKey())).containsEntry("TEAM", "outsourced")
        .containsEntry("WORK_DONE", "更换曳引钢丝绳").containsEntry("COMPLETED_ON_TIME", false)
        .containsEntry("VENDOR_ON_TIME", false).containsEntry("PAUSED_MINUTES", 30 * 60L)
        .containsEntry("VENDOR_DUE", java.sql.Timestamp.valueOf(NOW.plusHours(24)));
  }

  @Test
  void jobThatCannotBeFixedAtOnceWaitsUntilItsFollowUpDate() {
    ProcessInstance job = start(report("in-home", "plumbing-electrical", "medium", "normal", false));
    dispatch(job);
    complete(task(job));
    complete(task(job), withVariables("repairResult", "waiting", "waitReason", "parts", "followUpDate", "2026-11-28"));

    assertThat(job).isWaitingAt("awaitFollowUp");
    Job wait = engine.getManagementService().createJobQuery().processInstanceId(job.getId()).activityId("awaitFollowUp")
        .singleResult();
    assertThat(wait.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 11, 28, 8, 0)));
    setClock(LocalDateTime.of(2026, 11, 28, 8, 1));
    engine.getManagementService().executeJob(wait.getId());

    // Waited for parts from Wednesday 09:00 to Saturday 08:01: 22 working hours of the limit (due Friday 17:30)
    // did not run; the technician's task comes back due 22 working hours after Friday 17:30.
    assertThat(job).isWaitingAt("repairOnSite").task().isAssignedTo("liuqiang")
        .hasDueDate(at(LocalDateTime.of(2026, 12, 2, 17, 0)));
    setClock(LocalDateTime.of(2026, 11, 30, 10, 0));
    complete(task(job), withVariables("repairResult", "fixed", "workDone", "更换阀门"));
    assertThat(register.find(job.getBusinessKey())).containsEntry("WAITS", 1).containsEntry("WAIT_REASON", "parts")
        .containsEntry("PAUSED_MINUTES", 22 * 60L).containsEntry("COMPLETED_ON_TIME", true)
        .containsEntry("COMPLETION_DUE", java.sql.Timestamp.valueOf(LocalDateTime.of(2026, 12, 2, 17, 0)));
  }

  @Test
  void aMinorRepairReportedAfterTheCutOffIsDueAtTheEndOfTheNextWorkingDay() {
    setClock(LocalDateTime.of(2026, 11, 25, 16, 30));
    ProcessInstance job = start(report("in-home", "plumbing-electrical", "minor", "normal", false));
    dispatch(job);
    // arrival within 2 working hours: 16:30–17:30, then Thursday 08:30–09:30
    assertThat(task(job).getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 11, 26, 9, 30)));
    complete(task(job));
    assertThat(task(job).getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 11, 26, 17, 30)));
    assertThat(register.find(job.getBusinessKey())).containsEntry("CALENDAR_NAME", "office-hours")
        .containsEntry("COMPLETION_DUE", java.sql.Timestamp.valueOf(LocalDateTime.of(2026, 11, 26, 17, 30)));

    // not done by then: the technician is reminded and the dispatcher (one level up) joins
    setClock(LocalDateTime.of(2026, 11, 27, 8, 45));
    fireTimer(job, "repairOnSiteOverdue");
    // (the owner's own messages, told of the dispatch and the arrival, are not reminders)
    assertThat(outbox.messagesFor(job.getId())).filteredOn(m -> !"owner".equals(m.get("CHANNEL")))
        .extracting(m -> m.get("RECIPIENT")).containsExactlyInAnyOrder("liuqiang", "dispatcher");
  }

  @Test
  void anUrgentJobRunsOnTheDutyCalendarThroughTheNight() {
    setClock(LocalDateTime.of(2026, 11, 28, 22, 0));
    ProcessInstance job = start(report("in-home", "plumbing-electrical", "minor", "urgent", false));
    dispatch(job);
    assertThat(task(job).getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 11, 28, 22, 30)));
  }

  @Test
  void lateArrivalIsReportedToTheDispatcherAndTheSupervisor() {
    ProcessInstance job = start(report("in-home", "drain", "minor", "urgent", false));
    dispatch(job);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(job.getId()).activityId("arrivalTimer")
        .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at(NOW.plusMinutes(30)));
    setClock(NOW.plusMinutes(31));
    engine.getManagementService().executeJob(timer.getId());

    assertThat(job).isWaitingAt("confirmArrival");
    assertThat(outbox.messagesFor(job.getId())).filteredOn(m -> "tasklist".equals(m.get("CHANNEL")))
        .extracting(m -> m.get("RECIPIENT")).containsExactlyInAnyOrder("dispatcher", "cs-supervisor");
    // The owner, who left no number, is told at the unit (whose record may hold a number or WeChat id); urgent.
    assertThat(outbox.messagesFor(job.getId())).filteredOn(m -> "owner".equals(m.get("CHANNEL")))
        .singleElement().satisfies(m -> assertThat(m).containsEntry("MESSAGE_TYPE", "repair-dispatched")
            .containsEntry("URGENT", true));
    complete(task(job));
    assertThat(register.find(job.getBusinessKey())).containsEntry("ARRIVED_ON_TIME", false);
  }

  @Test
  void dissatisfiedOwnerReopensTheJobForANewDispatch() {
    ProcessInstance job = start(report("public-area", "fire", "minor", "normal", false));
    dispatchAndRepair(job);
    complete(task(job), withVariables("satisfied", false, "dissatisfactionReason", "喷淋头仍漏水"));

    assertThat(job).isWaitingAt("dispatchTechnician");
    dispatchAndRepair(job);
    complete(task(job), withVariables("satisfied", true));
    assertThat(job).isEnded();
    assertThat(register.find(job.getBusinessKey())).containsEntry("REOPEN_COUNT", 1);
    var figures = register.figures(NOW.minusDays(1), NOW.plusDays(1));
    assertThat(figures.rightFirstTime()).isLessThan(figures.closed());
  }

  @Test
  void theDispatcherChoosesTheTechnicianFromTheMaintenanceStaffByName() {
    ProcessInstance job = start(report("in-home", "plumbing-electrical", "minor", "normal", false));
    Object offered = engine.getTaskService().getVariableLocal(task(job).getId(), "maintenanceStaff");
    List<Object> people = List.copyOf((List<?>) offered);
    assertThat(people).contains(Map.of("label", "刘强", "value", "liuqiang"))
        .noneMatch(person -> "zhangwei".equals(((Map<?, ?>) person).get("value")));
  }

  @Test
  void aReopenedJobsSecondChargeIsBookedToo() {
    ProcessInstance job = start(report("in-home", "plumbing-electrical", "minor", "normal", false));
    dispatchAndRepair(job);
    complete(task(job), withVariables("fee", 35.5, "ownerConfirmed", true));
    complete(task(job), withVariables("satisfied", false, "dissatisfactionReason", "仍漏水"));
    dispatchAndRepair(job);
    complete(task(job), withVariables("fee", 20, "ownerConfirmed", true));
    complete(task(job), withVariables("satisfied", true));

    assertThat(ledger.entries(job.getBusinessKey())).extracting(e -> (BigDecimal) e.get("AMOUNT"))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("35.50"), new BigDecimal("20.00"));
  }

  @Test
  void badReportIsRefusedAndTechnicianMustBeFromMaintenance() {
    Map<String, Object> bad = report("in-home", "roof", "minor", "normal", false);
    bad.remove("unit");
    assertThatThrownBy(() -> start(bad)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("unit(楼栋/房号): 居家报修必填").hasMessageContaining("trade(工种)");

    ProcessInstance job = start(report("in-home", "drain", "minor", "normal", false));
    String taskId = task(job).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("technician", "zhangwei")))
        .hasMessageContaining("不是工程维修部的人员");
    assertThat(job).isWaitingAt("dispatchTechnician");
  }

  @Test
  void chargeIsBookedOnlyWhenTheOwnerConfirmed() {
    ProcessInstance job = start(report("in-home", "plumbing-electrical", "minor", "normal", false));
    dispatchAndRepair(job);
    String taskId = task(job).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("fee", 35.5)))
        .hasMessageContaining("ownerConfirmed");
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("fee", 35.555, "ownerConfirmed", true)))
        .hasMessageContaining("最多两位小数");
    assertThat(ledger.entries(job.getBusinessKey())).isEmpty();
  }

  // --- helpers ---

  private ProcessInstance start(Map<String, Object> vars) {
    return engine.getRuntimeService().startProcessInstanceByKey("repair-dispatch", vars);
  }

  static Map<String, Object> report(String area, String trade, String size, String urgency, boolean warranty) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("reporter", "王先生");
    if (area.equals("in-home")) {
      vars.put("unit", "5栋2单元701");
    } else {
      vars.put("location", "3栋地下车库");
    }
    vars.put("areaType", area);
    vars.put("trade", trade);
    vars.put("repairSize", size);
    vars.put("urgency", urgency);
    vars.put("underWarranty", warranty);
    vars.put("description", "漏水");
    return vars;
  }

  private void fireTimer(ProcessInstance job, String activityId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(job.getId()).activityId(activityId)
        .singleResult();
    assertThat(timer).as(activityId).isNotNull();
    engine.getManagementService().executeJob(timer.getId());
  }

  private void dispatch(ProcessInstance job) {
    assertThat(job).isWaitingAt("dispatchTechnician").task().hasCandidateGroup("dispatcher");
    complete(task(job), withVariables("technician", "liuqiang"));
    assertThat(job).isWaitingAt("confirmArrival").task().isAssignedTo("liuqiang");
  }

  private void dispatchAndRepair(ProcessInstance job) {
    dispatch(job);
    complete(task(job));
    complete(task(job), withVariables("repairResult", "fixed", "workDone", "更换水龙头", "materials", "水龙头1个",
        "labourHours", 0.5));
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(com.servicecentre.common.EngineClock.ZONE).toInstant());
  }

  private static void setClock(LocalDateTime time) {
    ClockUtil.setCurrentTime(at(time));
  }
}
