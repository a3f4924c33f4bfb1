package com.servicecentre.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import com.servicecentre.audit.AuditTrails;
import com.servicecentre.audit.CaseAuditTrail;
import com.servicecentre.audit.CaseAuditTrail.HandoverEntry;
import com.servicecentre.common.EngineClock;
import com.servicecentre.lead.LeadToOrderProcessTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 任务移交 during leave (issue 17, point 13): while a person is away (请假/出差) their open and new personal tasks
 * are with the deputy they named — or back with their group — and come back when the absence ends; each move is
 * in the case's audit trail with who and why. Department heads hand tasks on only with a written reason.
 */
@ServiceCentreTest
class HandOverDuringLeaveProcessTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired TaskHandovers handovers;
  @Autowired Absences absences;
  @Autowired AuditTrails trails;

  @AfterEach
  void endEveryAbsenceAndResetTheClock() {
    ClockUtil.reset();
    absences.of(null, 1000).stream()
        .filter(a -> Absence.PLANNED.equals(a.state()) || Absence.ACTIVE.equals(a.state()))
        .forEach(a -> handovers.end(a.id(), "demo"));
  }

  /**
   * Seed 002 L463 (任务移交): a task is handed to someone else while its person is on a business trip or on leave,
   * and comes back by itself when that time is over. Here the dispatcher enters a technician's leave with a
   * colleague as deputy: the job waiting for him goes to the deputy, the next step of the same job (created for
   * the job's technician) goes to the deputy too, and when the leave ends the open step comes back to him.
   */
  @Test
  void aTechniciansJobGoesToHisDeputyDuringLeaveNewStepsTooAndComesBackWhenItEnds() {
    String job = repairDispatchedTo("liuqiang");
    String jobNo = businessKey(job);
    assertThat(task(job).getAssignee()).isEqualTo("liuqiang");

    JsonNode absence = enter("yangming", Map.of("user", "liuqiang", "kind", "leave",
        "from", LocalDate.now(EngineClock.ZONE).toString(), "to", LocalDate.now(EngineClock.ZONE).plusDays(2).toString(),
        "deputy", "chenjie", "note", "病假"));
    assertThat(absence.get("state").asText()).isEqualTo("active");
    long absenceId = absence.get("id").asLong();

    // The open job is the deputy's now, and he may do it.
    Task arrival = task(job);
    assertThat(arrival.getTaskDefinitionKey()).isEqualTo("confirmArrival");
    assertThat(arrival.getAssignee()).isEqualTo("chenjie");
    TasklistClient deputy = new TasklistClient(rest, "chenjie", "demo");
    assertThat(deputy.submitTaskForm(arrival.getId(), Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // The next step is created for the job's technician, who is away: it goes to the deputy as it is created.
    Task work = task(job);
    assertThat(work.getTaskDefinitionKey()).isEqualTo("repairOnSite");
    assertThat(work.getAssignee()).isEqualTo("chenjie");
    assertThat(engine.getRuntimeService().getVariable(job, "technician")).isEqualTo("liuqiang");

    // The leave is over: the scheduled run gives the open step back to him.
    ClockUtil.setCurrentTime(Date.from(EngineClock.instant().plus(Duration.ofDays(3))));
    assertThat(handovers.runDue()).isGreaterThanOrEqualTo(1);
    assertThat(task(job).getAssignee()).isEqualTo("liuqiang");
    assertThat(absences.find(absenceId).orElseThrow().state()).isEqualTo(Absence.ENDED);
    // Run again (another node, or the next minute): nothing moves twice.
    assertThat(handovers.end(absenceId, null)).isFalse();

    // The trail says who moved what, why and when.
    List<HandoverEntry> moves = trail(jobNo).handovers();
    assertThat(moves).extracting(HandoverEntry::kind)
        .containsExactly("absence-start", "absence-new", "absence-end");
    assertThat(moves).extracting(HandoverEntry::fromUser).containsExactly("liuqiang", "liuqiang", "chenjie");
    assertThat(moves).extracting(HandoverEntry::toUser).containsExactly("chenjie", "chenjie", "liuqiang");
    assertThat(moves).allSatisfy(move -> {
      assertThat(move.absenceId()).isEqualTo(absenceId);
      assertThat(move.movedBy()).isEqualTo("yangming");
      assertThat(move.time()).isNotBlank();
    });
    assertThat(moves.get(0).reason()).contains("刘强", "请假 #" + absenceId, "由 陈杰 代理");
    assertThat(moves.get(2).reason()).contains("交还本人");
  }

  /**
   * Seed 004 L67 (指定跟踪业务员不在岗时，由业务主管临时指派本部其他人员暂时代理): a clerk away without a deputy gives her
   * claimed complaint back to her group, where a colleague can take it; if nobody did, it is hers again after.
   */
  @Test
  void aClerkAwayWithoutDeputyGivesHerComplaintBackToTheGroupAndGetsItBackAfter() {
    TasklistClient clerk = new TasklistClient(rest, "lina", "demo");
    String complaint = started(clerk.submitStartForm("complaint-handling", new HashMap<>(Map.of(
        "complainantName", "刘女士", "unit", "5栋2单元701", "phone", "13900001111", "channel", "phone",
        "category", "noise", "severity", "normal", "description", "楼上夜间装修噪音"))));
    // the same-day investigation is customer service's, and the first task of every complaint
    Task handling = engine.getTaskService().createTaskQuery().processInstanceId(complaint)
        .taskDefinitionKey("investigateComplaint").singleResult();
    assertThat(clerk.claim(handling.getId(), "lina").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    String now = EngineClock.now().minusMinutes(1).withNano(0).toString();
    String inTwoHours = EngineClock.now().plusHours(2).withNano(0).toString();
    JsonNode absence = enter("lina", Map.of("kind", "business-trip", "from", now, "to", inTwoHours));
    assertThat(absence.get("enteredBy").asText()).isEqualTo("lina");
    assertThat(assigneeOf(handling)).isNull();
    assertThat(engine.getTaskService().createTaskQuery().taskId(handling.getId())
        .taskCandidateGroup("customer-service").count()).isOne();

    ClockUtil.setCurrentTime(Date.from(EngineClock.instant().plus(Duration.ofHours(3))));
    handovers.runDue();
    assertThat(assigneeOf(handling)).isEqualTo("lina");
    assertThat(trail(businessKey(complaint)).handovers()).extracting(HandoverEntry::reason)
        .anySatisfy(reason -> assertThat(reason).contains("出差", "无代理人，任务交回本组"));
  }

  /**
   * Issue 17 point 13 and seed 004 L67: a department head may hand a task of the department to another member, but
   * only with the reason written first (as a comment on the task); without it the hand-over is refused in Chinese
   * and nothing changes. The trail shows the head, the reason and the time.
   */
  @Test
  void aHeadReassignsOnlyWithAWrittenReasonAndTheTrailShowsWhoAndWhy() {
    String job = repairDispatchedTo("liuqiang");
    String taskId = task(job).getId();
    TasklistClient dispatcher = new TasklistClient(rest, "yangming", "demo");

    ResponseEntity<String> withoutReason = dispatcher.send(HttpMethod.POST,
        "/engine-rest/task/" + taskId + "/assignee", "{\"userId\":\"chenjie\"}");
    assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(TasklistClient.json(withoutReason).path("message").asText())
        .contains("改派理由", "改派前请先在任务的评论中写明理由");
    assertThat(task(job).getAssignee()).isEqualTo("liuqiang");

    ResponseEntity<String> commented = post("yangming", "/engine-rest/task/" + taskId + "/comment/create",
        Map.of("message", "刘强在另一现场抢修，改派陈杰"));
    assertThat(commented.getStatusCode()).as(commented.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(dispatcher.send(HttpMethod.POST, "/engine-rest/task/" + taskId + "/assignee",
        "{\"userId\":\"chenjie\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(task(job).getAssignee()).isEqualTo("chenjie");

    CaseAuditTrail trail = trail(businessKey(job));
    assertThat(trail.handovers()).singleElement().satisfies(move -> {
      assertThat(move.kind()).isEqualTo("reassignment");
      assertThat(move.movedBy()).isEqualTo("yangming");
      assertThat(move.fromUser()).isEqualTo("liuqiang");
      assertThat(move.toUser()).isEqualTo("chenjie");
      assertThat(move.reason()).isEqualTo("刘强在另一现场抢修，改派陈杰");
    });
    // The engine's own log names the head as who assigned it.
    assertThat(trail.operations()).anySatisfy(op -> {
      assertThat(op.operation()).isEqualTo("Assign");
      assertThat(op.userId()).isEqualTo("yangming");
    });

    // The auditors read it in the trail's JSON and CSV as well.
    String csv = rest.withBasicAuth("guoyu", "demo").getForObject("/api/audit/cases/" + businessKey(job)
        + "?format=csv", String.class);
    assertThat(csv.lines().filter(line -> line.startsWith("handovers,"))).singleElement().asString()
        .contains("reassignment", "yangming", "刘强在另一现场抢修，改派陈杰");

    // A reason serves one hand-over: handing the task on again needs a new one.
    ClockUtil.setCurrentTime(Date.from(EngineClock.instant().plus(Duration.ofMinutes(5))));
    ResponseEntity<String> again = dispatcher.send(HttpMethod.POST, "/engine-rest/task/" + taskId + "/assignee",
        "{\"userId\":\"liuqiang\"}");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(TasklistClient.json(again).path("message").asText()).contains("上次改派后写的评论才算本次的理由");

    // Someone who heads nothing cannot, reason or not.
    TasklistClient technician = new TasklistClient(rest, "chenjie", "demo");
    post("chenjie", "/engine-rest/task/" + taskId + "/comment/create", Map.of("message", "还给他"));
    assertThat(technician.send(HttpMethod.POST, "/engine-rest/task/" + taskId + "/assignee",
        "{\"userId\":\"liuqiang\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /**
   * A technician away without a deputy: his job is opened to maintenance, where a colleague takes it. When the leave
   * ends the colleague keeps it, and the department is no longer its candidate: it is a personal job again.
   */
  @Test
  void aJobOpenedToTheDepartmentDuringLeaveIsPersonalAgainAfterItEvenWhenAColleagueTookIt() {
    String job = repairDispatchedTo("liuqiang");
    enter("yangming", Map.of("user", "liuqiang", "kind", "leave",
        "from", LocalDate.now(EngineClock.ZONE).toString(), "to", LocalDate.now(EngineClock.ZONE).plusDays(2).toString(),
        "note", "病假"));
    Task arrival = task(job);
    assertThat(assigneeOf(arrival)).isNull();
    assertThat(engine.getTaskService().createTaskQuery().taskId(arrival.getId()).taskCandidateGroup("maintenance")
        .count()).isOne();
    engine.getTaskService().claim(arrival.getId(), "chenjie");

    ClockUtil.setCurrentTime(Date.from(EngineClock.instant().plus(Duration.ofDays(3))));
    handovers.runDue();
    assertThat(assigneeOf(arrival)).isEqualTo("chenjie");
    assertThat(engine.getTaskService().createTaskQuery().taskId(arrival.getId()).taskCandidateGroup("maintenance")
        .count()).isZero();
  }

  /**
   * Issue 17 point 13: the dispatcher heads the technicians wherever they work, not only in repairs: the inspection
   * of a unit before a move-out, claimed by one technician, is handed to another with the reason written first.
   */
  @Test
  void theDispatcherHandsATechniciansMoveOutInspectionToAnotherWithAReason() {
    TasklistClient clerk = new TasklistClient(rest, "zhangwei", "demo");
    String moveOut = started(clerk.submitStartForm("move-out-refund", Map.of("applicant", "赵先生",
        "unit", "9栋" + (100 + (int) (Math.random() * 800)), "moveOutDate", "2026-12-01", "reason", "lease-end",
        "refundAccount", "工商银行 6222 0000 1111", "renovationDeposit", 1000.0)));
    engine.getTaskService().complete(task(moveOut).getId());
    Task inspection = task(moveOut);
    assertThat(inspection.getTaskDefinitionKey()).isEqualTo("inspectPremises");
    engine.getTaskService().claim(inspection.getId(), "liuqiang");

    assertThat(post("yangming", "/engine-rest/task/" + inspection.getId() + "/comment/create",
        Map.of("message", "刘强请病假，查验改由陈杰做")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new TasklistClient(rest, "yangming", "demo").send(HttpMethod.POST, "/engine-rest/task/"
        + inspection.getId() + "/assignee", "{\"userId\":\"chenjie\"}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(assigneeOf(inspection)).isEqualTo("chenjie");
    assertThat(trail(businessKey(moveOut)).handovers()).singleElement()
        .satisfies(move -> assertThat(move.reason()).isEqualTo("刘强请病假，查验改由陈杰做"));
  }

  /**
   * Seed 001 L40–41 (a manager away two days or more names who signs for them and until when) and 002 L463: the
   * design manager enters a designer's leave with a colleague of the same grade as deputy. The order's task goes
   * to the deputy without being a 改派 (no reason asked, the order and its register row stay the designer's), and
   * when the design manager ends the leave early, the task is the designer's again.
   */
  @Test
  void aDesignersOrderWaitsWithTheDeputyDuringLeaveAndStaysTheDesigners() {
    TasklistClient accountManager = new TasklistClient(rest, "zhouli", "demo");
    String lead = started(accountManager.submitStartForm("lead-to-order", new HashMap<>(
        LeadToOrderProcessTest.lead("13711119013", 9000, "walk-in"))));
    assertThat(accountManager.claimAndSubmit(lead, "confirmAttribution", "zhouli",
        Map.of("leadOwner", "zhouli", "attributionBasis", "first-contact")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task measuring = task(lead);
    String designer = measuring.getAssignee();
    String colleague = designer.equals("hulin") ? "zhuyan" : "hulin";

    JsonNode absence = enter("xuting", Map.of("user", designer, "kind", "leave",
        "from", EngineClock.now().minusMinutes(5).withNano(0).toString(),
        "to", LocalDate.now(EngineClock.ZONE).plusDays(3).toString(), "deputy", colleague));
    assertThat(assigneeOf(measuring)).isEqualTo(colleague);
    assertThat(engine.getRuntimeService().getVariable(lead, "designer")).isEqualTo(designer);

    ResponseEntity<String> ended = new TasklistClient(rest, "xuting", "demo").send(HttpMethod.DELETE,
        "/api/absences/" + absence.get("id").asText(), null);
    assertThat(ended.getStatusCode()).as(ended.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(TasklistClient.json(ended).get("state").asText()).isEqualTo("ended");
    assertThat(TasklistClient.json(ended).get("tasksReturned").asInt()).isEqualTo(1);
    assertThat(assigneeOf(measuring)).isEqualTo(designer);
    assertThat(trail(businessKey(lead)).handovers()).extracting(HandoverEntry::reason).last().asString()
        .contains("由 徐婷 提前结束", "交还本人").doesNotContain("改派");
  }

  /**
   * Two application nodes on one database run the same schedule: each start (and end) is claimed by one row
   * update, so the tasks move once and the trail has each move once.
   */
  @Test
  void twoNodesStartingTheSameAbsenceMoveItsTasksOnce() throws Exception {
    String job = repairDispatchedTo("chenjie");
    LocalDate tomorrow = LocalDate.now(EngineClock.ZONE).plusDays(1);
    JsonNode absence = enter("yangming", Map.of("user", "chenjie", "kind", "business-trip",
        "from", tomorrow.toString(), "to", tomorrow.toString(), "deputy", "liuqiang"));
    assertThat(absence.get("state").asText()).isEqualTo("planned");
    assertThat(task(job).getAssignee()).isEqualTo("chenjie");

    ClockUtil.setCurrentTime(Date.from(tomorrow.atTime(9, 0).atZone(EngineClock.ZONE).toInstant()));
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch ready = new CountDownLatch(1);
      List<Future<Integer>> runs = List.of(
          nodes.submit(() -> { ready.await(); return handovers.runDue(); }),
          nodes.submit(() -> { ready.await(); return handovers.runDue(); }));
      ready.countDown();
      int started = 0;
      for (var run : runs) {
        started += run.get(60, TimeUnit.SECONDS);
      }
      assertThat(started).isEqualTo(1);
    } finally {
      nodes.shutdownNow();
    }
    assertThat(task(job).getAssignee()).isEqualTo("liuqiang");
    assertThat(trail(businessKey(job)).handovers()).extracting(HandoverEntry::kind).containsExactly("absence-start");
  }

  private String repairDispatchedTo(String technician) {
    TasklistClient clerk = new TasklistClient(rest, "zhangwei", "demo");
    String job = started(clerk.submitStartForm("repair-dispatch", new HashMap<>(Map.of("reporter", "王先生",
        "areaType", "in-home", "unit", "5栋2单元701", "trade", "plumbing-electrical", "repairSize", "minor",
        "urgency", "normal", "underWarranty", false, "description", "水龙头漏水", "phone", "13900001111"))));
    assertThat(new TasklistClient(rest, "yangming", "demo").claimAndSubmit(job, "dispatchTechnician", "yangming",
        Map.of("technician", technician)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return job;
  }

  private JsonNode enter(String user, Map<String, Object> absence) {
    ResponseEntity<String> entered = rest.withBasicAuth(user, "demo").postForEntity("/api/absences", absence,
        String.class);
    assertThat(entered.getStatusCode()).as(entered.getBody()).isEqualTo(HttpStatus.CREATED);
    return TasklistClient.json(entered);
  }

  private ResponseEntity<String> post(String user, String path, Map<String, Object> body) {
    return rest.withBasicAuth(user, "demo").postForEntity(path, body, String.class);
  }

  private Task task(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private String assigneeOf(Task task) {
    return engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
  }

  private String businessKey(String processInstanceId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult().getBusinessKey();
  }

  private CaseAuditTrail trail(String businessKey) {
    return trails.ofCase(businessKey, null).orElseThrow();
  }

  private static String started(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return TasklistClient.json(response).get("id").asText();
  }
}
