package com.servicecentre.office;

import static com.servicecentre.SlaTimers.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.servicecentre.ServiceCentreTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.TasklistClient;
import com.servicecentre.TestStaff;
import com.servicecentre.handover.AbsenceRequest;
import com.servicecentre.handover.Absences;
import com.servicecentre.handover.TaskHandovers;
import com.servicecentre.common.EngineClock;
import com.servicecentre.lead.DesignerChoice.Candidate;
import com.servicecentre.lead.DesignerPool;
import com.servicecentre.ledger.FeeLedger;
import com.servicecentre.notification.Audiences;
import com.servicecentre.notification.OutboxNotifications;
import com.servicecentre.notification.Recipients;
import com.servicecentre.repair.RepairRegister;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything by office (issue 14): a case's people are picked from its office only, its register and ledger rows
 * name the office, and its messages name the office and reach that office's staff. The demo staff: 翠湖花园 (A01)
 * has the technicians liuqiang and chenjie, 锦绣苑 (A02) has lijun.
 */
@ServiceCentreTest
class OfficeRoutingTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 9, 0);

  @Autowired ProcessEngine engine;
  @Autowired RepairRegister register;
  @Autowired FeeLedger ledger;
  @Autowired OutboxNotifications outbox;
  @Autowired DesignerPool designers;
  @Autowired JdbcTemplate jdbc;
  @Autowired Absences absences;
  @Autowired TaskHandovers handovers;
  @Autowired TestRestTemplate rest;

  IdentityService identity;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    identity = engine.getIdentityService();
    ClockUtil.setCurrentTime(at(NOW));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aRepairOfCuihuIsDispatchedOnlyToCuihusTechniciansAndBookedToCuihu() {
    ProcessInstance job = report("zhangwei", "in-home");
    assertThat(job.getTenantId()).isEqualTo("A01");

    assertThat(offeredTechnicians(job)).containsExactly("chenjie", "liuqiang");
    // a login sent around the list is refused too
    assertThatThrownBy(() -> complete(task(job), withVariables("technician", "lijun")))
        .hasMessageContaining("lijun").hasMessageContaining("本管理处");

    repairWithCharge(job, "liuqiang");
    assertThat(register.find(job.getBusinessKey())).containsEntry("OFFICE", "A01");
    assertThat(ledger.entries(job.getBusinessKey())).singleElement()
        .satisfies(entry -> assertThat(entry).containsEntry("OFFICE", "A01"));
  }

  @Test
  void aRepairOfJinxiuIsDispatchedOnlyToJinxiusTechnicianAndBookedToJinxiu() {
    ProcessInstance job = report("sunyue", "in-home");
    assertThat(job.getTenantId()).isEqualTo("A02");

    assertThat(offeredTechnicians(job)).containsExactly("lijun");
    assertThatThrownBy(() -> complete(task(job), withVariables("technician", "liuqiang")))
        .hasMessageContaining("liuqiang").hasMessageContaining("本管理处");

    repairWithCharge(job, "lijun");
    assertThat(register.find(job.getBusinessKey())).containsEntry("OFFICE", "A02");
    assertThat(ledger.entries(job.getBusinessKey())).singleElement()
        .satisfies(entry -> assertThat(entry).containsEntry("OFFICE", "A02"));
    // the owner reads which office writes
    assertThat(outbox.messagesFor(job.getId())).filteredOn(m -> "repair-dispatched".equals(m.get("MESSAGE_TYPE")))
        .singleElement().satisfies(m -> assertThat((String) m.get("MESSAGE")).startsWith("【锦绣苑管理处】您的报修"));

    // and the office's figures count it, another office's do not
    complete(task(job), withVariables("satisfied", true));
    complete(task(job));
    assertThat(job).isEnded();
    assertThat(register.figures(NOW.minusDays(1), NOW.plusDays(1), "A02").closed()).isPositive();
    assertThat(register.figures(NOW.minusDays(1), NOW.plusDays(1), "S01").closed()).isZero();
  }

  @Test
  void aMessageOfAJinxiuCaseNamesJinxiuAndReachesJinxiusDispatchersOnly() throws Exception {
    User ours = dispatcherWithEmail("dispa02" + System.nanoTime() % 100000, "A02");
    User theirs = dispatcherWithEmail("dispa01" + System.nanoTime() % 100000, "A01");
    try {
      ProcessInstance job = report("sunyue", "public-area");
      // the lift company's report is late: the dispatchers are warned
      ClockUtil.setCurrentTime(at(NOW.plusHours(19)));
      Job warning = engine.getManagementService().createJobQuery().processInstanceId(job.getId())
          .activityId("recordOutsourcedReportWarning").singleResult();
      engine.getManagementService().executeJob(warning.getId());

      Map<String, Object> toDispatchers = outbox.messagesFor(job.getId()).stream()
          .filter(m -> "dispatcher".equals(m.get("RECIPIENT"))).findFirst().orElseThrow();
      Map<String, String> fields = new ObjectMapper().readValue(toDispatchers.get("MESSAGE_FIELDS").toString(),
          new TypeReference<Map<String, String>>() {});
      assertThat(fields).containsEntry("officeName", "锦绣苑管理处").containsEntry("office", "A02");
      List<String> mailedTo = new Recipients(jdbc, identity).of(Audiences.STAFF, "dispatcher", fields.get("office"))
          .emails();
      assertThat(mailedTo).contains(ours.getEmail()).doesNotContain(theirs.getEmail());
    } finally {
      identity.deleteUser(ours.getId());
      identity.deleteUser(theirs.getId());
    }
  }

  @Test
  void aHeadHandsATaskOnlyToPeopleOfItsOffice() {
    ProcessInstance job = report("zhangwei", "in-home");
    complete(task(job), withVariables("technician", "liuqiang"));
    String arrival = task(job).getId();
    // yangming heads 工程维修部; lijun is of 工程维修部 too, but of 锦绣苑
    TestStaff.as(identity, "yangming", () -> {
      engine.getTaskService().createComment(arrival, job.getId(), "刘强今天忙");
      assertThatThrownBy(() -> engine.getTaskService().setAssignee(arrival, "lijun"))
          .hasMessageContaining("翠湖花园管理处").hasMessageContaining("李军");
      engine.getTaskService().setAssignee(arrival, "chenjie");
    });
    assertThat(engine.getTaskService().createTaskQuery().taskId(arrival).singleResult().getAssignee())
        .isEqualTo("chenjie");
  }

  @Test
  void anAbsentTechniciansJobGoesBackToHisOfficesGroupWhenHisDeputyWorksElsewhere() {
    ProcessInstance job = report("zhangwei", "in-home");
    complete(task(job), withVariables("technician", "liuqiang"));
    String today = NOW.toLocalDate().toString();
    String inTwoDays = NOW.toLocalDate().plusDays(2).toString();
    // the absences API refuses such a deputy; one who changed office since is found out as the tasks move
    long leave = absences.insert(AbsenceRequest.read("liuqiang", "leave", today, inTwoDays, "lijun", "病假", NOW),
        "yangming", NOW);
    try {
      handovers.start(leave);
      Task arrival = task(job);
      assertThat(arrival.getAssignee()).isNull();
      assertThat(arrival).hasCandidateGroup("maintenance");
    } finally {
      handovers.end(leave, "yangming");
    }
  }

  @Test
  void aDeputyFromAnotherOfficeIsRefusedAndNotOffered() {
    ResponseEntity<String> refused = rest.withBasicAuth("yangming", "demo").postForEntity("/api/absences",
        Map.of("user", "liuqiang", "kind", "leave", "from", NOW.toLocalDate().plusDays(1).toString(),
            "to", NOW.toLocalDate().plusDays(2).toString(), "deputy", "lijun"), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("deputy(代理人)").contains("李军");

    ResponseEntity<String> people = rest.withBasicAuth("yangming", "demo").getForEntity("/api/absences/people",
        String.class);
    assertThat(people.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode liuqiang = null;
    for (JsonNode person : TasklistClient.json(people)) {
      if ("liuqiang".equals(person.get("userId").asText())) {
        liuqiang = person;
      }
    }
    assertThat(liuqiang).isNotNull();
    List<String> deputies = new java.util.ArrayList<>();
    liuqiang.get("deputies").forEach(d -> deputies.add(d.get("userId").asText()));
    assertThat(deputies).contains("chenjie").doesNotContain("lijun");

    // nor does 翠湖花园's head of 工程维修部 enter the absences of 锦绣苑's technician
    ResponseEntity<String> notHis = rest.withBasicAuth("yangming", "demo").postForEntity("/api/absences",
        Map.of("user", "lijun", "kind", "leave", "from", NOW.toLocalDate().plusDays(1).toString(),
            "to", NOW.toLocalDate().plusDays(2).toString()), String.class);
    assertThat(notHis.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(people.getBody()).doesNotContain("\"lijun\"");
  }

  @Test
  void aLeadsDesignerIsChosenAmongTheShopsDesigners() {
    String outsider = "designerelsewhere" + System.nanoTime() % 100000;
    identity.saveUser(identity.newUser(outsider));
    identity.createMembership(outsider, "designer");
    try {
      LocalDateTime now = EngineClock.now();
      List<String> everywhere = designers.of("designer", null, now).stream().map(Candidate::id).toList();
      List<String> ofTheShop = designers.of("designer", "S01", now).stream().map(Candidate::id).toList();
      assertThat(everywhere).contains(outsider);
      assertThat(ofTheShop).containsExactly("hulin", "zhuyan").doesNotContain(outsider);
    } finally {
      identity.deleteUser(outsider);
    }
  }

  private ProcessInstance report(String clerk, String area) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("reporter", "王先生");
    if (area.equals("in-home")) {
      vars.put("unit", "5栋2单元701");
      vars.put("trade", "plumbing-electrical");
      vars.put("repairSize", "minor");
    } else {
      vars.put("location", "3栋电梯");
      vars.put("trade", "lift");
      vars.put("repairSize", "major");
    }
    vars.put("areaType", area);
    vars.put("urgency", "normal");
    vars.put("underWarranty", false);
    vars.put("description", "漏水");
    AtomicReference<ProcessInstance> started = new AtomicReference<>();
    TestStaff.as(identity, clerk, () -> started.set(
        engine.getRuntimeService().startProcessInstanceByKey("repair-dispatch", vars)));
    return started.get();
  }

  @SuppressWarnings("unchecked")
  private List<String> offeredTechnicians(ProcessInstance job) {
    assertThat(job).isWaitingAt("dispatchTechnician");
    List<Map<String, String>> offered = (List<Map<String, String>>) engine.getTaskService()
        .getVariableLocal(task(job).getId(), "maintenanceStaff");
    return offered.stream().map(person -> person.get("value")).sorted().toList();
  }

  private void repairWithCharge(ProcessInstance job, String technician) {
    complete(task(job), withVariables("technician", technician));
    assertThat(job).isWaitingAt("confirmArrival").task().isAssignedTo(technician);
    complete(task(job));
    complete(task(job), withVariables("repairResult", "fixed", "workDone", "更换水龙头", "chargeService",
        "tap-replace", "chargeQuantity", 1));
    assertThat(job).isWaitingAt("confirmCharge");
    complete(task(job), withVariables("ownerConfirmed", true));
  }

  private User dispatcherWithEmail(String id, String office) {
    User user = identity.newUser(id);
    user.setEmail(id + "@example.com");
    identity.saveUser(user);
    identity.createMembership(id, "dispatcher");
    identity.createTenantUserMembership(office, id);
    return user;
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(EngineClock.ZONE).toInstant());
  }
}
