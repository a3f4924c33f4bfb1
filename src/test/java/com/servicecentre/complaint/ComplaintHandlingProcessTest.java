package com.servicecentre.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static com.servicecentre.SlaTimers.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.servicecentre.ProcessCoverageFloor.Covers;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.notification.OutboxNotifications;
import com.servicecentre.sla.StepTimes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import com.servicecentre.common.EngineClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of complaint-handling on the real application, with the register and the outbox in the DB. */
@ServiceCentreTest
@Covers("complaint-handling")
class ComplaintHandlingProcessTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 9, 0);

  @Autowired ProcessEngine engine;
  @Autowired ComplaintRegister register;
  @Autowired OutboxNotifications outbox;
  @Autowired JdbcTemplate jdbc;
  @Autowired StepTimes steps;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    setClock(NOW);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void settledAtIntakeIsClosedAtOnceWithTheClerksResolution() {
    Map<String, Object> vars = complaint("fees", "normal");
    vars.put("settledAtIntake", true);
    vars.put("intakeResolution", "当场解释物业费构成，业主认可");
    ProcessInstance complaint = start(vars);

    assertThat(complaint).isEnded().hasPassed("complaintClosed").hasNotPassed("investigateComplaint", "returnVisit");
    assertThat(register.find(complaint.getBusinessKey()))
        .containsEntry("STATUS", "closed").containsEntry("SATISFACTION", "settled-at-intake")
        .containsEntry("HANDLER", "zhangwei").containsEntry("RESOLUTION", "当场解释物业费构成，业主认可");
  }

  @Test
  void normalComplaintIsHandledRepliedVisitedAndArchived() {
    ProcessInstance complaint = start(complaint("noise", "normal"));
    String no = complaint.getBusinessKey();
    assertThat(no).matches("TS\\d{6}");
    investigateAndDecide(complaint);

    assertThat(complaint).isWaitingAt("handleComplaint").task().hasCandidateGroup("customer-service")
        .hasDueDate(at(LocalDateTime.of(2026, 11, 26, 17, 30)));
    setClock(NOW.plusHours(3));
    handle(complaint, "lina");
    assertThat(complaint).isWaitingAt("replyToComplainant");
    complete(task(complaint), withVariables("replyMethod", "phone", "replyText", "已约谈楼上住户，晚十点后停止装修"));
    // replied Wednesday 12:00, visit within 2 working days: Friday at the end of work
    assertThat(complaint).isWaitingAt("returnVisit").task().hasDueDate(at(LocalDateTime.of(2026, 11, 27, 17, 30)));
    setClock(NOW.plusHours(26));
    complete(task(complaint), withVariables("satisfied", true));

    assertThat(complaint).isEnded().hasPassed("archiveComplaint");
    Map<String, Object> row = register.find(no);
    assertThat(row).containsEntry("STATUS", "closed").containsEntry("HANDLER", "lina")
        .containsEntry("RESPONSIBLE_GROUP", "customer-service").containsEntry("SATISFACTION", "satisfied")
        .containsEntry("RESOLVED_ON_TIME", true).containsEntry("IMPORTANT_EVENT", false)
        .containsEntry("REOPEN_COUNT", 0).containsEntry("HANDLING_MINUTES", 180L).containsEntry("TOTAL_MINUTES", 26 * 60L);
    assertThat(outbox.messagesFor(complaint.getId())).filteredOn(m -> "sms".equals(m.get("CHANNEL"))).singleElement().satisfies(m -> {
      assertThat(m).containsEntry("CHANNEL", "sms").containsEntry("RECIPIENT", "13900001111");
      assertThat((String) m.get("MESSAGE")).contains(no).contains("晚十点后停止装修");
    });
    assertThat(register.monthlyReport(YearMonth.of(2026, 11)))
        .anySatisfy(r -> assertThat(r).containsEntry("CATEGORY", "noise"));
  }

  @Test
  void importantEventIsReportedToTheOfficeManagerAndTheCaseWaitsForHisReview() {
    ProcessInstance complaint = start(complaint("security", "serious"));

    assertThat(complaint).isWaitingAt("investigateComplaint", "reviewImportantEvent");
    assertThat(task("reviewImportantEvent", complaint)).hasCandidateGroup("office-manager");
    assertThat(outbox.messagesFor(complaint.getId())).singleElement()
        .satisfies(m -> assertThat(m).containsEntry("RECIPIENT", "office-manager"));

    handle(complaint, "wangfang");
    complete(task("replyToComplainant", complaint), withVariables("replyText", "已加强夜间巡逻"));
    complete(task("returnVisit", complaint), withVariables("satisfied", true));
    assertThat(complaint).isNotEnded().isWaitingAt("reviewImportantEvent");

    complete(task(complaint), withVariables("managerInstruction", "每周检查巡逻记录"));
    assertThat(complaint).isEnded();
    assertThat(register.find(complaint.getBusinessKey())).containsEntry("IMPORTANT_EVENT", true);
  }

  @Test
  void responseTimerRemindsAndBringsInTheSupervisor() {
    ProcessInstance complaint = start(complaint("repair", "normal"));
    investigateAndDecide(complaint);
    Task handling = task(complaint);

    Job timer = timer(complaint, "responseTimer");
    assertThat(timer.getDuedate()).isEqualTo(at(NOW.plusHours(2)));
    setClock(NOW.plusHours(2).plusMinutes(1));
    engine.getManagementService().executeJob(timer.getId());

    assertThat(complaint).isWaitingAt("handleComplaint").task().hasCandidateGroup("cs-supervisor")
        .hasCandidateGroup("maintenance");
    assertThat(task(complaint).getId()).isEqualTo(handling.getId());
    assertThat(outbox.messagesFor(complaint.getId())).extracting(m -> m.get("RECIPIENT"))
        .containsExactlyInAnyOrder("maintenance", "cs-supervisor");
    assertThat(register.find(complaint.getBusinessKey())).containsEntry("ESCALATION", "cs-supervisor");
  }

  @Test
  void resolutionTimerEscalatesToTheOfficeManagerWithoutLosingTheHandlersWork() {
    ProcessInstance complaint = start(complaint("repair", "normal"));
    investigateAndDecide(complaint);
    claim(task(complaint), "liuqiang");
    engine.getTaskService().setVariables(task(complaint).getId(), Map.of("cause", "水管老化"));

    // resolution within 1 working day: Thursday 17:30
    assertThat(timer(complaint, "resolutionTimer").getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 11, 26, 17, 30)));
    setClock(LocalDateTime.of(2026, 11, 26, 18, 0));
    engine.getManagementService().executeJob(timer(complaint, "resolutionTimer").getId());

    assertThat(complaint).isWaitingAt("handleComplaint").task().isAssignedTo("liuqiang");
    // candidate-group assertions only see unassigned tasks: read the identity links themselves
    assertThat(engine.getTaskService().getIdentityLinksForTask(task(complaint).getId()))
        .extracting(IdentityLink::getGroupId).contains("office-manager");
    assertThat(complaint).variables().containsEntry("cause", "水管老化").containsEntry("escalation", "office-manager");
    assertThat(outbox.messagesFor(complaint.getId())).extracting(m -> m.get("RECIPIENT"))
        .containsExactlyInAnyOrder("liuqiang", "office-manager");

    complete(task(complaint), withVariables("actions", "更换水管", "result", "已修复"));
    assertThat(register.find(complaint.getBusinessKey()))
        .containsEntry("RESOLVED_ON_TIME", false).containsEntry("ESCALATION", "office-manager");
  }

  @Test
  void dissatisfiedComplaintIsReopenedWithItsReasonAndHandledAgain() {
    ProcessInstance complaint = start(complaint("sanitation", "normal"));
    handleReplyAndVisit(complaint, "wangfang", false);

    assertThat(complaint).isWaitingAt("handleComplaint").task().hasCandidateGroup("cs-supervisor");
    assertThat(complaint).variables().containsEntry("reopenCount", 1).containsEntry("dissatisfactionReason", "垃圾仍未清运");
    handleReplyAndVisit(complaint, "wangfang", true);

    assertThat(complaint).isEnded();
    assertThat(register.find(complaint.getBusinessKey())).containsEntry("REOPEN_COUNT", 1)
        .containsEntry("SATISFACTION", "satisfied");
    // the reply went out once per round
    assertThat(outbox.messagesFor(complaint.getId())).filteredOn(m -> "sms".equals(m.get("CHANNEL"))).hasSize(2);
  }

  @Test
  void secondReopeningGoesToTheOfficeManager() {
    ProcessInstance complaint = start(complaint("sanitation", "normal"));
    handleReplyAndVisit(complaint, "wangfang", false);
    handleReplyAndVisit(complaint, "wangfang", false);

    assertThat(complaint).isWaitingAt("handleReopenedComplaintAsOfficeManager").task()
        .hasCandidateGroup("office-manager");
    claim(task(complaint), "huangjun");
    complete(task(complaint), withVariables("cause", "保洁外包人手不足", "actions", "约谈外包公司", "result", "每日清运两次"));
    complete(task("replyToComplainant", complaint), withVariables("replyText", "已整改"));
    complete(task("returnVisit", complaint), withVariables("satisfied", true));

    assertThat(complaint).isEnded();
    assertThat(register.find(complaint.getBusinessKey())).containsEntry("REOPEN_COUNT", 2)
        .containsEntry("HANDLER", "huangjun");
  }

  // --- issue 17, point 7: investigate the same working day, then the department manager decides ---

  @Test
  void point7_theComplaintIsInvestigatedTheSameWorkingDayThenTheSupervisorConfirmsOrChangesTheProposedDepartment() {
    ProcessInstance complaint = start(complaint("noise", "normal"));

    // taken Wednesday 09:00: customer service investigates by the end of today's work, on the step-time-limits rule
    assertThat(complaint).isWaitingAt("investigateComplaint").task().hasCandidateGroup("customer-service")
        .hasDueDate(at(LocalDateTime.of(2026, 11, 25, 17, 30)));
    assertThat(timer(complaint, "investigateComplaintOverdue").getDuedate())
        .isEqualTo(at(LocalDateTime.of(2026, 11, 25, 17, 30)));
    assertThat(timer(complaint, "investigateComplaintWarning").getDuedate()).isEqualTo(task(complaint).getFollowUpDate());
    // the table only proposes: nobody handles the complaint before the supervisor decided
    assertThat(complaint).variables().containsEntry("proposedGroup", "customer-service");

    setClock(NOW.plusHours(2));
    claim(task(complaint), "lina");
    complete(task(complaint), withVariables("findings", "楼上住户夜间装修，属实", "suggestedFix", "请工程部检查装修许可"));

    assertThat(complaint).isWaitingAt("decideDepartment").task().hasCandidateGroup("cs-supervisor");
    // the form opens with the proposal chosen: confirming is one click, changing it is choosing another
    assertThat(complaint).variables().containsEntry("responsibleGroup", "customer-service")
        .containsEntry("findings", "楼上住户夜间装修，属实");
    claim(task(complaint), "wangfang");
    complete(task(complaint), withVariables("responsibleGroup", "maintenance", "proposedFix", "核查装修许可，限夜间停工"));

    assertThat(complaint).isWaitingAt("handleComplaint").task().hasCandidateGroup("maintenance");
    assertThat(register.find(complaint.getBusinessKey())).containsEntry("INVESTIGATED_BY", "lina")
        .containsEntry("PROPOSED_GROUP", "customer-service").containsEntry("RESPONSIBLE_GROUP", "maintenance")
        .containsEntry("DECIDED_BY", "wangfang").containsEntry("DECIDED_FIX", "核查装修许可，限夜间停工");
    assertThat(steps.ofCase(complaint.getBusinessKey())).filteredOn(r -> "investigateComplaint".equals(r.get("STEP")))
        .singleElement().satisfies(r -> assertThat(r).containsEntry("ON_TIME", true));

    // the outcome goes to the office's general manager once handled, with the department and the fix
    claim(task(complaint), "liuqiang");
    complete(task(complaint), withVariables("cause", "装修超时", "actions", "暂停夜间施工", "result", "已停止夜间施工"));
    assertThat(outbox.messagesFor(complaint.getId())).filteredOn(m -> "complaint-outcome".equals(m.get("MESSAGE_TYPE")))
        .singleElement().satisfies(m -> {
          assertThat(m).containsEntry("RECIPIENT", "office-manager").containsEntry("CHANNEL", "staff");
          assertThat((String) m.get("MESSAGE")).contains(complaint.getBusinessKey()).contains("工程维修部")
              .contains("核查装修许可").contains("已停止夜间施工");
        });
  }

  @Test
  void point7_aComplaintTakenAfterFourIsInvestigatedByTheEndOfTheNextWorkingDayAndAnOverdueOneIsEscalated() {
    setClock(LocalDateTime.of(2026, 11, 27, 16, 30));
    ProcessInstance complaint = start(complaint("noise", "normal"));
    // Friday 16:30: the next working day is Monday
    assertThat(task(complaint).getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 11, 30, 17, 30)));

    setClock(LocalDateTime.of(2026, 11, 30, 17, 31));
    engine.getManagementService().executeJob(timer(complaint, "investigateComplaintOverdue").getId());
    assertThat(messages(complaint, ":overdue:")).extracting(m -> m.get("RECIPIENT"))
        .containsExactlyInAnyOrder("customer-service", "cs-supervisor");
  }

  @Test
  void point7_whenTheTableProposesNoDepartmentTheSupervisorMustChooseOneFromTheList() {
    ProcessInstance complaint = start(complaint("other", "normal"));
    complete(task(complaint), withVariables("findings", "楼道灯不亮", "suggestedFix", "更换灯具"));
    assertThat(complaint).isWaitingAt("decideDepartment").variables().containsEntry("proposedGroup", "undecided")
        .containsEntry("responsibleGroup", null);

    assertThatThrownBy(() -> complete(task(complaint), withVariables("proposedFix", "更换楼道灯")))
        .hasMessageContaining("responsibleGroup(责任部门)");
    assertThatThrownBy(() -> complete(task(complaint), withVariables("responsibleGroup", "undecided", "proposedFix", "x")))
        .hasMessageContaining("responsibleGroup(责任部门)");
    complete(task(complaint), withVariables("responsibleGroup", "maintenance", "proposedFix", "更换楼道灯"));
    assertThat(complaint).isWaitingAt("handleComplaint").task().hasCandidateGroup("maintenance");
  }

  // --- point 8: 首问责任制, the clerk who took the complaint owns it until it closes ---

  @Test
  void point8_theClerkWhoTookTheComplaintOwnsEveryTaskIsToldOfEachStepAndMakesTheReply() {
    ProcessInstance complaint = start(complaint("repair", "normal"));
    assertThat(task(complaint).getOwner()).isEqualTo("zhangwei");
    claim(task(complaint), "lina");
    complete(task(complaint), withVariables("findings", "卫生间漏水", "suggestedFix", "工程部维修"));
    assertThat(task(complaint).getOwner()).isEqualTo("zhangwei");
    claim(task(complaint), "wangfang");
    complete(task(complaint), withVariables("responsibleGroup", "maintenance", "proposedFix", "更换水管"));
    Task handling = task(complaint);
    assertThat(handling.getOwner()).isEqualTo("zhangwei");
    // what the filter 我受理的投诉 asks for
    assertThat(engine.getTaskService().createTaskQuery().taskOwner("zhangwei").list()).extracting(Task::getId)
        .contains(handling.getId());
    claim(handling, "liuqiang");
    complete(handling, withVariables("cause", "水管老化", "actions", "更换水管", "result", "已修复"));

    // the reply is theirs, by name, and they (not customer service at large) answer the complainant
    assertThat(complaint).isWaitingAt("replyToComplainant").task().isAssignedTo("zhangwei");
    assertThat(task(complaint).getOwner()).isEqualTo("zhangwei");
    complete(task(complaint), withVariables("replyMethod", "phone", "replyText", "已更换水管"));
    assertThat(task("returnVisit", complaint).getOwner()).isEqualTo("zhangwei");

    assertThat(outbox.messagesFor(complaint.getId())).filteredOn(m -> "complaint-progress".equals(m.get("MESSAGE_TYPE")))
        .allSatisfy(m -> assertThat(m).containsEntry("RECIPIENT", "zhangwei"))
        .extracting(m -> (String) m.get("MESSAGE"))
        .containsExactly(
            "【翠湖花园管理处】您受理的投诉" + complaint.getBusinessKey() + "：「调查核实(当天)」已由李娜办理完成。",
            "【翠湖花园管理处】您受理的投诉" + complaint.getBusinessKey() + "：「客服主管定处理方案与责任部门」已由王芳办理完成。",
            "【翠湖花园管理处】您受理的投诉" + complaint.getBusinessKey() + "：「责任部门处理」已由刘强办理完成。");
  }

  @Test
  void point8_aComplaintSettledAtIntakeIsStillVisitedWhenTheComplainantAskedAndReopenedIntoAnInvestigation() {
    Map<String, Object> vars = complaint("fees", "normal");
    vars.put("settledAtIntake", true);
    vars.put("intakeResolution", "当场解释物业费构成");
    vars.put("returnVisitWanted", true);
    ProcessInstance complaint = start(vars);

    assertThat(complaint).isWaitingAt("returnVisit").hasNotPassed("investigateComplaint", "replyToComplainant")
        .task().hasCandidateGroup("customer-service");
    assertThat(task(complaint).getOwner()).isEqualTo("zhangwei");
    // dissatisfied: nobody ever decided on a department, so the case goes to the same-day investigation
    complete(task(complaint), withVariables("satisfied", false, "dissatisfactionReason", "仍认为收费过高"));
    assertThat(complaint).isWaitingAt("investigateComplaint");
    handleReplyAndVisit(complaint, "zhaomin", true);

    assertThat(complaint).isEnded();
    assertThat(register.find(complaint.getBusinessKey())).containsEntry("SETTLED_AT_INTAKE", true)
        .containsEntry("RETURN_VISIT_WANTED", true).containsEntry("SATISFACTION", "satisfied")
        .containsEntry("VISIT_BY", "customer-service").containsEntry("RESPONSIBLE_GROUP", "finance")
        .containsEntry("REOPEN_COUNT", 1);
  }

  @Test
  void point8_aVisitAskedForIsTheSettledComplaintsOptionAndChangesNothingForOthers() {
    Map<String, Object> vars = complaint("fees", "normal");
    vars.put("returnVisitWanted", true);
    ProcessInstance complaint = start(vars);
    assertThat(complaint).isWaitingAt("investigateComplaint").variables().containsEntry("returnVisitWanted", false);
  }

  // --- point 9: return visit by severity ---

  @Test
  void point9_seriousComplaintsAreVisitedByThePersonInChargeOthersByCustomerService() {
    assertThat(visitorOf("noise", "normal")).isEqualTo("customer-service");
    assertThat(visitorOf("noise", "serious")).isEqualTo("cs-supervisor");
    assertThat(visitorOf("repair", "urgent")).isEqualTo("office-manager");
  }

  private String visitorOf(String category, String severity) {
    ProcessInstance complaint = start(complaint(category, severity));
    handle(complaint, "wangfang");
    complete(task("replyToComplainant", complaint), withVariables("replyMethod", "visit", "replyText", "已处理"));
    Task visit = task("returnVisit", complaint);
    List<String> groups = engine.getTaskService().getIdentityLinksForTask(visit.getId()).stream()
        .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
    assertThat(groups).hasSize(1);
    complete(visit, withVariables("satisfied", true));
    for (Task open : engine.getTaskService().createTaskQuery().processInstanceId(complaint.getId()).list()) {
      complete(open, withVariables("managerInstruction", "已阅"));
    }
    assertThat(complaint).isEnded();
    assertThat(register.find(complaint.getBusinessKey())).containsEntry("VISIT_BY", groups.get(0));
    return groups.get(0);
  }

  // --- point 10: a reply is always given, unless the complainant said they want none ---

  @Test
  void point10_aReplyIsGivenWithoutAskingAndSkippedOnlyWhenTheComplainantDeclinedIt() {
    ProcessInstance answered = start(complaint("noise", "normal"));
    handle(answered, "lina");
    assertThat(answered).isWaitingAt("replyToComplainant");
    assertThat(register.find(answered.getBusinessKey())).containsEntry("REPLY_DECLINED", false);

    Map<String, Object> vars = complaint("noise", "normal");
    vars.put("replyDeclined", true);
    ProcessInstance declined = start(vars);
    handle(declined, "lina");
    assertThat(declined).isWaitingAt("returnVisit").hasNotPassed("replyToComplainant", "notifyComplainant");
    assertThat(register.find(declined.getBusinessKey())).containsEntry("REPLY_DECLINED", true);

    // a stale "no reply" from before is not the complainant's choice: the server decides from replyDeclined alone
    Map<String, Object> stale = complaint("noise", "normal");
    stale.put("replyWanted", false);
    ProcessInstance replied = start(stale);
    handle(replied, "lina");
    assertThat(replied).isWaitingAt("replyToComplainant");
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsLeftBehind() {
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    Integer registered = jdbc.queryForObject("SELECT COUNT(*) FROM complaint_register", Integer.class);
    Map<String, Object> vars = complaint("parking", "normal");
    vars.remove("phone");
    vars.remove("unit");
    vars.put("description", "  ");

    assertThatThrownBy(() -> start(vars)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("phone(电话): 电话和楼栋/房号(unit)至少填一项")
        .hasMessageContaining("description(投诉内容): 必填")
        .hasMessageContaining("category(类别): 取值 \"parking\"");
    Map<String, Object> settled = complaint("noise", "normal");
    settled.put("settledAtIntake", true);
    assertThatThrownBy(() -> start(settled)).hasMessageContaining("intakeResolution");

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint_register", Integer.class)).isEqualTo(registered);
  }

  @Test
  void aComplaintTakenFridayEveningBeforeSpringFestivalIsDueOnTheMakeUpSaturdayNotDuringTheHoliday() {
    setClock(LocalDateTime.of(2026, 2, 13, 17, 0));
    ProcessInstance complaint = start(complaint("repair", "normal"));
    investigateAndDecide(complaint);

    // 2 working hours: Friday 17:00–17:30, then Saturday 14 February, a make-up working day, from 08:30
    assertThat(timer(complaint, "responseTimer").getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 2, 14, 10, 0)));
    // resolution within 1 working day after Friday: the make-up Saturday's end of work, before 春节 (15–23 Feb)
    assertThat(task(complaint).getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 2, 14, 17, 30)));
    // 即将超时 from 75 % of the working time on
    assertThat(task(complaint).getFollowUpDate()).isEqualTo(at(LocalDateTime.of(2026, 2, 14, 15, 30)));
    assertThat(timer(complaint, "handleComplaintWarning").getDuedate()).isEqualTo(task(complaint).getFollowUpDate());
  }

  @Test
  void aWarningGoesOutOnceBeforeTheDueTimeAndAnEscalationOnceAtIt() {
    ProcessInstance complaint = start(complaint("noise", "normal"));
    handle(complaint, "lina");
    Task reply = task("replyToComplainant", complaint);
    // handled Wednesday 09:00, reply within 1 working day: Thursday 17:30; 14.5 working hours, 75 % of them passed
    // on Thursday at 13:52:30
    assertThat(reply.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 11, 26, 17, 30)));
    assertThat(reply.getFollowUpDate()).isEqualTo(at(LocalDateTime.of(2026, 11, 26, 13, 52, 30)));
    assertThat(dueSoon()).doesNotContain(reply.getId());

    setClock(LocalDateTime.of(2026, 11, 26, 15, 0));
    assertThat(dueSoon()).contains(reply.getId());
    engine.getManagementService().executeJob(timer(complaint, "replyToComplainantWarning").getId());
    // the reply is the clerk's own (首问责任制): the warning goes to them
    assertThat(messages(complaint, ":warning:")).singleElement()
        .satisfies(m -> assertThat(m).containsEntry("RECIPIENT", "zhangwei"))
        .satisfies(m -> assertThat((String) m.get("MESSAGE")).contains("即将超时").contains("2026-11-26 17:30"));
    assertThat(timers(complaint, "replyToComplainantWarning")).isEmpty();

    setClock(LocalDateTime.of(2026, 11, 26, 17, 31));
    assertThat(dueSoon()).doesNotContain(reply.getId());
    assertThat(engine.getTaskService().createTaskQuery().dueBefore(at(LocalDateTime.of(2026, 11, 26, 17, 31))).list())
        .extracting(Task::getId).contains(reply.getId());
    Job overdue = timer(complaint, "replyToComplainantOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(reply.getDueDate());
    engine.getManagementService().executeJob(overdue.getId());
    assertThat(messages(complaint, ":overdue:")).extracting(m -> m.get("RECIPIENT"))
        .containsExactlyInAnyOrder("zhangwei", "cs-supervisor");
    assertThat(engine.getTaskService().getIdentityLinksForTask(task("replyToComplainant", complaint).getId()))
        .extracting(IdentityLink::getGroupId).contains("cs-supervisor");
    assertThat(task("replyToComplainant", complaint)).isAssignedTo("zhangwei");
    assertThat(messages(complaint, ":warning:")).hasSize(1);

    // the reply done late, Friday 08:40, is recorded so, 10 working minutes late
    setClock(LocalDateTime.of(2026, 11, 27, 8, 40));
    complete(task("replyToComplainant", complaint), withVariables("replyText", "已约谈"));
    assertThat(steps.ofCase(complaint.getBusinessKey())).filteredOn(r -> "replyToComplainant".equals(r.get("STEP")))
        .singleElement().satisfies(r -> assertThat(r).containsEntry("ON_TIME", false)
            .containsEntry("LATE_WORKING_MINUTES", 10L).containsEntry("CALENDAR_NAME", "office-hours"));
  }

  @Test
  void aDayOffAddedToTheOfficesCalendarMovesTheNextCasesDueDateWithoutARestart() {
    setClock(LocalDateTime.of(2026, 3, 2, 17, 0));
    ProcessInstance before = start(complaint("repair", "normal"));
    investigateAndDecide(before);
    assertThat(timer(before, "responseTimer").getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 3, 3, 10, 0)));

    ResponseEntity<String> added = calendarApi(HttpMethod.POST, "/office-hours/days",
        Map.of("date", "2026-03-03", "name", "停电检修", "off", true));
    assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
    try {
      ProcessInstance after = start(complaint("repair", "normal"));
      investigateAndDecide(after);
      assertThat(timer(after, "responseTimer").getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 3, 4, 10, 0)));
    } finally {
      assertThat(calendarApi(HttpMethod.DELETE, "/office-hours/days/2026-03-03", null).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
  }

  @Test
  void anUnknownCalendarFromTheTableIsRefusedInChineseAtTheFirstStepThatCountsOnItAndNothingChanges() throws Exception {
    String original = Files.readString(Path.of("decisions/complaint-routing.dmn"));
    deployRouting(original.replace("<outputEntry id=\"rule-13-out-cal\"><text>\"office-hours\"</text>",
        "<outputEntry id=\"rule-13-out-cal\"><text>\"moon-calendar\"</text>"));
    try {
      // The investigation runs on step-time-limits' calendar; the supervisor's step is the first on the table's.
      ProcessInstance complaint = start(complaint("noise", "normal"));
      Task investigation = task(complaint);
      assertThatThrownBy(() -> complete(investigation, withVariables("findings", "属实", "suggestedFix", "劝导")))
          .hasMessageContaining("时限规则有误").hasMessageContaining("没有名为 \"moon-calendar\" 的工作日历")
          .hasMessageContaining("office-hours");
      assertThat(complaint).isWaitingAt("investigateComplaint");
      assertThat(register.find(complaint.getBusinessKey())).containsEntry("INVESTIGATED_BY", null);
    } finally {
      deployRouting(original);
    }
    ProcessInstance complaint = start(complaint("noise", "normal"));
    investigateAndDecide(complaint);
    assertThat(complaint).isWaitingAt("handleComplaint");
  }

  private void deployRouting(String dmn) {
    engine.getRepositoryService().createDeployment().name("test routing")
        .addString("decisions/complaint-routing.dmn", dmn).deploy();
  }

  /** As the administrator: office-hours is the hours of every demo office, so no single office's manager's. */
  private ResponseEntity<String> calendarApi(HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth("demo", "demo").exchange("/api/calendars" + path, method,
        new HttpEntity<>(body, headers), String.class);
  }

  private List<String> dueSoon() {
    Date now = ClockUtil.getCurrentTime();
    return engine.getTaskService().createTaskQuery().followUpBeforeOrNotExistent(now).dueAfter(now).list().stream()
        .filter(t -> t.getFollowUpDate() != null).map(Task::getId).toList();
  }

  private List<Map<String, Object>> messages(ProcessInstance complaint, String kind) {
    return outbox.messagesFor(complaint.getId()).stream().filter(m -> ((String) m.get("MESSAGE_KEY")).contains(kind))
        .toList();
  }

  private List<Job> timers(ProcessInstance complaint, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(complaint.getId()).activityId(activityId)
        .list();
  }

  // --- helpers ---

  private ProcessInstance start(Map<String, Object> vars) {
    return engine.getRuntimeService().startProcessInstanceByKey("complaint-handling", vars);
  }

  static Map<String, Object> complaint(String category, String severity) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("complainantName", "刘女士");
    vars.put("unit", "5栋2单元701");
    vars.put("phone", "13900001111");
    vars.put("channel", "phone");
    vars.put("category", category);
    vars.put("severity", severity);
    vars.put("description", "楼上夜间装修噪音");
    vars.put("receivedBy", "zhangwei");
    return vars;
  }

  /** 调查核实 by the customer service, then the supervisor confirms the table's proposal (or picks one for "other"). */
  private void investigateAndDecide(ProcessInstance complaint) {
    complete(task("investigateComplaint", complaint), withVariables("findings", "经核实属实", "suggestedFix", "上门劝导"));
    Object proposed = engine.getRuntimeService().getVariable(complaint.getId(), "responsibleGroup");
    complete(task("decideDepartment", complaint), withVariables(
        "responsibleGroup", proposed != null ? proposed : "customer-service", "proposedFix", "上门劝导，限期整改"));
  }

  private void handle(ProcessInstance complaint, String handler) {
    if (!engine.getTaskService().createTaskQuery().processInstanceId(complaint.getId())
        .taskDefinitionKey("investigateComplaint").list().isEmpty()) {
      investigateAndDecide(complaint);
    }
    assertThat(complaint).isWaitingAt("handleComplaint");
    claim(task("handleComplaint", complaint), handler);
    complete(task("handleComplaint", complaint),
        withVariables("cause", "装修超时", "actions", "上门劝导", "result", "已停止夜间施工"));
  }

  private void handleReplyAndVisit(ProcessInstance complaint, String handler, boolean satisfied) {
    handle(complaint, handler);
    complete(task("replyToComplainant", complaint), withVariables("replyText", "已处理"));
    complete(task("returnVisit", complaint), satisfied ? withVariables("satisfied", true)
        : withVariables("satisfied", false, "dissatisfactionReason", "垃圾仍未清运"));
  }

  private Job timer(ProcessInstance complaint, String activityId) {
    List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(complaint.getId())
        .activityId(activityId).list();
    assertThat(jobs).hasSize(1);
    return jobs.get(0);
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(EngineClock.ZONE).toInstant());
  }

  private static void setClock(LocalDateTime time) {
    ClockUtil.setCurrentTime(at(time));
  }
}
