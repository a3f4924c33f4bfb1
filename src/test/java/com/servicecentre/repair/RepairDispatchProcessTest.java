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

    dispatchAndRepair(job, "tap-replace", 2);
    assertThat(job).isWaitingAt("confirmCharge").task().hasCandidateGroup("customer-service");
    confirmCharge(job);
    visitAndSignOff(job, true);

    assertThat(job).isEnded().hasPassed("recordRepairCharge", "archiveRepairJob");
    assertThat(ledger.entries(jobNo)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("UNIT", "5栋2单元701").containsEntry("ENTRY_TYPE", "repair-charge")
          .containsEntry("PAID", false);
      assertThat((BigDecimal) e.get("AMOUNT")).isEqualByComparingTo("60.00");
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
    visitAndSignOff(job, true);

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
    complete(task(job), withVariables("repairResult", "fixed", "workDone", "更换阀门", "chargeService", "valve-replace",
        "chargeQuantity", 1));
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
    complete(task(job));

    assertThat(job).isWaitingAt("dispatchTechnician");
    dispatchAndRepair(job);
    visitAndSignOff(job, true);
    assertThat(job).isEnded();
    assertThat(register.find(job.getBusinessKey())).containsEntry("REOPEN_COUNT", 1);
    var figures = register.figures(NOW.minusDays(1), NOW.plusDays(1));
    assertThat(figures.fixedFirstTime()).isLessThan(figures.closed());
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
    dispatchAndRepair(job, "pipe-replace", 1.5);
    confirmCharge(job);
    complete(task(job), withVariables("satisfied", false, "dissatisfactionReason", "仍漏水"));
    complete(task(job));
    dispatchAndRepair(job, "valve-replace", 1);
    confirmCharge(job);
    visitAndSignOff(job, true);

    assertThat(ledger.entries(job.getBusinessKey())).extracting(e -> (BigDecimal) e.get("AMOUNT"))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("37.50"), new BigDecimal("35.00"));
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
    dispatchAndRepair(job, "drain-unblock", null);
    String taskId = task(job).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of()))
        .hasMessageContaining("ownerConfirmed");
    assertThat(ledger.entries(job.getBusinessKey())).isEmpty();
    assertThat(job).variables().containsEntry("fee", new BigDecimal("80.00"));
  }

  /**
   * Issue 17 point 11, limits: the owner's clock starts with the report, so the arrival and completion limits count
   * from the report, not from the dispatch; the dispatch has a limit of its own (1 working hour), warned and
   * escalated like every timed step.
   */
  @Test
  void limitsCountFromTheReportAndTheDispatchHasItsOwnDueTime() {
    ProcessInstance job = start(report("in-home", "plumbing-electrical", "minor", "normal", false));
    Task dispatch = task(job);
    assertThat(dispatch.getDueDate()).isEqualTo(at(NOW.plusHours(1)));
    assertThat(dispatch.getFollowUpDate()).isEqualTo(at(NOW.plusMinutes(45)));

    // nobody dispatched within the hour: the dispatcher is reminded and the customer-service supervisor joins
    setClock(NOW.plusMinutes(90));
    fireTimer(job, "dispatchTechnicianOverdue");
    assertThat(outbox.messagesFor(job.getId())).filteredOn(m -> "tasklist".equals(m.get("CHANNEL")))
        .extracting(m -> m.get("RECIPIENT")).containsExactlyInAnyOrder("dispatcher", "cs-supervisor");
    assertThat(task(job)).hasCandidateGroup("cs-supervisor");

    // dispatched at 10:30: arrival within 2 working hours of the 09:00 report is 11:00, not 12:30
    complete(task(job), withVariables("technician", "liuqiang"));
    assertThat(task(job).getDueDate()).isEqualTo(at(NOW.plusHours(2)));
    assertThat(register.find(job.getBusinessKey()))
        .containsEntry("ARRIVAL_DUE", java.sql.Timestamp.valueOf(NOW.plusHours(2)))
        .containsEntry("COMPLETION_DUE", java.sql.Timestamp.valueOf(NOW.withHour(17).withMinute(30)));
  }

  /** Issue 17 point 11: a job reopened after a dissatisfied visit counts its limits from the reopening. */
  @Test
  void aReopenedJobCountsItsLimitsFromTheReopening() {
    ProcessInstance job = start(report("public-area", "drain", "minor", "normal", false));
    dispatchAndRepair(job);
    setClock(NOW.plusDays(1));
    complete(task(job), withVariables("satisfied", false, "dissatisfactionReason", "仍堵塞"));
    complete(task(job));
    assertThat(job).isWaitingAt("dispatchTechnician");
    complete(task(job), withVariables("technician", "liuqiang"));
    assertThat(task(job).getDueDate()).isEqualTo(at(NOW.plusDays(1).plusHours(2)));
  }

  /**
   * Issue 17 point 11, outside companies: once the contract limit passes without a report, the outside company is
   * chased through its work-order channel, again on every turn of its chase cycle (lifts: every 2 hours), until the
   * dispatcher records its report; then the chasing stops.
   */
  @Test
  void theOutsideCompanyIsChasedRepeatedlyOnceItsContractLimitPassed() {
    ProcessInstance job = start(report("public-area", "lift", "major", "urgent", false));
    Job chase = engine.getManagementService().createJobQuery().processInstanceId(job.getId())
        .activityId("chaseOutsideCompanyTimer").singleResult();
    assertThat(chase.getDuedate()).isEqualTo(at(NOW.plusHours(24)));

    setClock(NOW.plusHours(24).plusMinutes(1));
    fireTimer(job, "chaseOutsideCompanyTimer");
    Job next = engine.getManagementService().createJobQuery().processInstanceId(job.getId())
        .activityId("chaseOutsideCompanyTimer").singleResult();
    assertThat(next.getDuedate()).isEqualTo(at(NOW.plusHours(26)));
    setClock(NOW.plusHours(26).plusMinutes(1));
    fireTimer(job, "chaseOutsideCompanyTimer");

    List<Map<String, Object>> chases = outbox.messagesFor(job.getId()).stream()
        .filter(m -> "repair-vendor-chase".equals(m.get("MESSAGE_TYPE"))).toList();
    assertThat(chases).hasSize(2).allSatisfy(m -> assertThat(m).containsEntry("RECIPIENT", "outsourced-lift")
        .containsEntry("URGENT", true));

    complete(task(job), withVariables("workDone", "更换曳引钢丝绳"));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(job.getId())
        .activityId("chaseOutsideCompanyTimer").count()).isZero();
    assertThat(job).hasPassed("chaseOutsideCompany", "outsideCompanyChased").isWaitingAt("returnVisit");
  }

  /**
   * Issue 17 point 11, return visit: every repair's return-visit record is signed by the deputy manager
   * (管理处副主任), who and when kept in the register; customer service cannot sign it.
   */
  @Test
  void theReturnVisitIsSignedOffByTheDeputyManager() {
    TestStaff.member(engine.getIdentityService(), "hezhi", "deputy-manager");
    ProcessInstance job = start(report("public-area", "drain", "minor", "normal", false));
    dispatchAndRepair(job);
    complete(task(job), withVariables("satisfied", true));
    assertThat(job).isWaitingAt("signOffReturnVisit").task().hasCandidateGroup("deputy-manager")
        .hasDueDate(at(LocalDateTime.of(2026, 11, 26, 17, 30)));
    String signOff = task(job).getId();
    assertThatThrownBy(() -> as("zhangwei", () -> engine.getTaskService().complete(signOff)))
        .isInstanceOf(RuntimeException.class);
    as("hezhi", () -> engine.getTaskService().complete(signOff, Map.of("signOffNotes", "已核对回访记录")));

    assertThat(job).isEnded();
    assertThat(register.find(job.getBusinessKey())).containsEntry("VISIT_SIGNED_OFF_BY", "hezhi")
        .containsEntry("VISIT_SIGNED_OFF_AT", java.sql.Timestamp.valueOf(NOW));
  }

  /**
   * Issue 17 point 11, charges: the technician picks the paid service (and the quantity where it is priced per
   * unit) from finance's price list (repair-price-list); the amount is computed, never typed; a service not in the
   * list is refused. Finance marks the paid charge in the ledger, which then no longer counts as arrears.
   */
  @Test
  void chargesFollowThePriceListAndAPaidChargeIsMarkedPaidInTheLedger() {
    ProcessInstance job = start(report("in-home", "plumbing-electrical", "minor", "normal", false));
    dispatch(job);
    complete(task(job));
    Task work = task(job);
    Object offered = engine.getTaskService().getVariableLocal(work.getId(), "priceList");
    List<Object> options = List.copyOf((List<?>) offered);
    assertThat(options).contains(Map.of("label", "更换水龙头：30元/个", "value", "tap-replace"),
        Map.of("label", "管道疏通：80元/次", "value", "drain-unblock"));
    assertThatThrownBy(() -> engine.getTaskService().complete(work.getId(), Map.of("repairResult", "fixed",
        "workDone", "换龙头", "chargeService", "gold-tap"))).hasMessageContaining("chargeService(有偿服务项目)")
        .hasMessageContaining("不在价目表中");
    assertThatThrownBy(() -> engine.getTaskService().complete(work.getId(), Map.of("repairResult", "fixed",
        "workDone", "换龙头", "chargeService", "tap-replace"))).hasMessageContaining("chargeQuantity(数量)");
    assertThat(job).isWaitingAt("repairOnSite");

    complete(task(job), withVariables("repairResult", "fixed", "workDone", "换龙头", "chargeService", "tap-replace",
        "chargeQuantity", 3));
    assertThat(job).isWaitingAt("confirmCharge").hasPassed("priceRepairCharge", "calculateRepairCharge")
        .variables().containsEntry("fee", new BigDecimal("90.00")).containsEntry("serviceLabel", "更换水龙头");
    confirmCharge(job);
    String jobNo = job.getBusinessKey();
    assertThat(ledger.balance("5栋2单元701", "A01")).isGreaterThanOrEqualTo(new BigDecimal("90.00"));
    BigDecimal before = ledger.balance("5栋2单元701", "A01");

    assertThat(ledger.markPaid(jobNo, "repair-charge", "zhaomin", "SK-0001")).isEqualTo(FeeLedger.Marked.PAID);
    assertThat(ledger.markPaid(jobNo, "repair-charge", "zhaomin", "SK-0002")).isEqualTo(FeeLedger.Marked.ALREADY_PAID);
    assertThat(ledger.markPaid(jobNo, "no-such-entry", "zhaomin", "SK-0003")).isEqualTo(FeeLedger.Marked.UNKNOWN);
    assertThat(ledger.entries(jobNo)).singleElement().satisfies(e -> assertThat(e).containsEntry("PAID", true)
        .containsEntry("PAID_BY", "zhaomin").containsEntry("PAYMENT_REFERENCE", "SK-0001")
        .containsEntry("PAID_AT", java.sql.Timestamp.valueOf(NOW))
        .containsEntry("DESCRIPTION", "维修费 更换水龙头 3个"));
    assertThat(ledger.balance("5栋2单元701", "A01")).isEqualByComparingTo(before.subtract(new BigDecimal("90.00")));
  }

  // --- helpers ---

  private void as(String userId, Runnable work) {
    TestStaff.as(engine.getIdentityService(), userId, work);
  }

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

  /** A chargeable job: the technician picks the paid service from the price list, and the quantity. */
  private void dispatchAndRepair(ProcessInstance job, String service, Number quantity) {
    dispatch(job);
    complete(task(job));
    Map<String, Object> work = new HashMap<>(Map.of("repairResult", "fixed", "workDone", "更换水龙头",
        "chargeService", service));
    if (quantity != null) {
      work.put("chargeQuantity", quantity);
    }
    complete(task(job), work);
  }

  private void confirmCharge(ProcessInstance job) {
    assertThat(job).isWaitingAt("confirmCharge");
    complete(task(job), withVariables("ownerConfirmed", true));
  }

  /** Customer service visits; the deputy manager signs the visit record. */
  private void visitAndSignOff(ProcessInstance job, boolean satisfied) {
    assertThat(job).isWaitingAt("returnVisit");
    complete(task(job), satisfied ? withVariables("satisfied", true)
        : withVariables("satisfied", false, "dissatisfactionReason", "仍有问题"));
    assertThat(job).isWaitingAt("signOffReturnVisit").task().hasCandidateGroup("deputy-manager");
    complete(task(job));
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(com.servicecentre.common.EngineClock.ZONE).toInstant());
  }

  private static void setClock(LocalDateTime time) {
    ClockUtil.setCurrentTime(at(time));
  }
}
