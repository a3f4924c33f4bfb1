package com.servicecentre.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Two 管理处 on one installation (issue 14): each clerk starts cases for their own office, sees only those, and
 * cannot see, claim, complete, read the variables of, or find by number a case of the other office, through the
 * engine's REST API or ours. Each refusal leaves the case as it was.
 */
@ServiceCentreTest
class OfficeIsolationRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired com.servicecentre.ledger.FeeLedger ledger;

  TasklistClient clerkA;
  TasklistClient clerkB;

  @BeforeEach
  void clerks() {
    clerkA = new TasklistClient(rest, "zhangwei", "demo"); // 翠湖花园管理处 (A01)
    clerkB = new TasklistClient(rest, "sunyue", "demo"); // 锦绣苑管理处 (A02)
  }

  @Test
  void aCaseBelongsToTheOfficeOfTheClerkWhoStartedIt() {
    Case a = complaint(clerkA, "3栋1单元502");
    Case b = complaint(clerkB, "A座1001");

    assertThat(instance(a).getTenantId()).isEqualTo("A01");
    assertThat(instance(b).getTenantId()).isEqualTo("A02");
    assertThat(openTask(a).getTenantId()).isEqualTo("A01");
  }

  @Test
  void eachClerkSeesOnlyTheirOwnOfficesTasksAndCases() {
    Case a = complaint(clerkA, "3栋1单元502");
    Case b = complaint(clerkB, "A座1001");

    assertThat(businessKeysOfTasks(clerkA)).contains(a.number).doesNotContain(b.number);
    assertThat(businessKeysOfTasks(clerkB)).contains(b.number).doesNotContain(a.number);
    // finding a case by its number: its own office's clerk finds its task, the other office's nothing
    assertThat(clerkA.get("/engine-rest/task?processInstanceBusinessKey=" + a.number)).hasSize(1);
    assertThat(clerkB.get("/engine-rest/task?processInstanceBusinessKey=" + a.number)).isEmpty();
    // the supervisors, who may read the history of complaints, read only their own office's
    TasklistClient supervisorA = new TasklistClient(rest, "wangfang", "demo");
    TasklistClient supervisorB = new TasklistClient(rest, "luoping", "demo");
    for (String path : List.of("/engine-rest/history/process-instance?processInstanceBusinessKey=" + a.number,
        "/engine-rest/history/task?processInstanceBusinessKey=" + a.number,
        "/engine-rest/history/variable-instance?processInstanceId=" + a.id)) {
      assertThat(supervisorA.get(path)).as(path).isNotEmpty();
      assertThat(supervisorB.get(path)).as(path).isEmpty();
    }
    assertThat(supervisorB.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + b.number))
        .hasSize(1);
  }

  @Test
  void aClerkCannotTouchATaskOfAnotherOfficeAndTheTaskStaysAsItWas() {
    Case a = complaint(clerkA, "3栋1单元502");
    Task task = openTask(a);
    long operationsBefore = engine.getHistoryService().createUserOperationLogQuery().userId("sunyue").count();

    assertNotThere(clerkB.send(HttpMethod.GET, "/engine-rest/task/" + task.getId(), null));
    assertNotThere(clerkB.send(HttpMethod.GET, "/engine-rest/task/" + task.getId() + "/variables", null));
    assertNotThere(clerkB.send(HttpMethod.GET, "/engine-rest/task/" + task.getId() + "/form-variables", null));
    assertNotThere(clerkB.send(HttpMethod.GET, "/engine-rest/process-instance/" + a.id + "/variables", null));
    assertNotThere(clerkB.claim(task.getId(), "sunyue"));
    assertNotThere(clerkB.submitTaskForm(task.getId(), Map.of("investigationFindings", "不属实")));
    assertNotThere(clerkB.send(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\":{}}"));

    Task after = openTask(a);
    assertThat(after.getId()).isEqualTo(task.getId());
    assertThat(after.getAssignee()).isNull();
    assertThat(engine.getRuntimeService().getVariable(a.id, "investigationFindings")).isNull();
    assertThat(engine.getHistoryService().createUserOperationLogQuery().userId("sunyue").count())
        .isEqualTo(operationsBefore);
    // and the office's own clerk still works it
    assertThat(clerkA.claim(task.getId(), "zhangwei").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void ourOwnApiShowsAnAuditorOnlyTheOfficesTheyAudit() {
    Case a = complaint(clerkA, "3栋1单元502");
    Case b = complaint(clerkB, "A座1001");
    auditorOf("A02", "auditora02");
    TasklistClient auditorB = new TasklistClient(rest, "auditora02", "demo");
    TasklistClient companyAuditor = new TasklistClient(rest, "guoyu", "demo");

    assertThat(auditorB.send(HttpMethod.GET, "/api/audit/cases/" + a.number, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode trail = auditorB.get("/api/audit/cases/" + b.number);
    assertThat(trail.path("case").path("office").asText()).isEqualTo("A02");
    assertThat(trail.path("case").path("officeName").asText()).isEqualTo("锦绣苑管理处");
    assertThat(numbers(auditorB.get("/api/audit/cases?process=complaint-handling&max=1000")))
        .contains(b.number).doesNotContain(a.number);
    // the company's auditor audits every office
    assertThat(numbers(companyAuditor.get("/api/audit/cases?process=complaint-handling&max=1000")))
        .contains(a.number, b.number);
    // and a clerk follows only the cases she started, in her office
    assertThat(clerkB.get("/api/cases/mine").path("cases").findValuesAsText("caseNo"))
        .contains(b.number).doesNotContain(a.number);
  }

  @Test
  void eachOfficesFinanceDeskSeesAndMarksOnlyItsOwnOfficesCharges() {
    String jobA = "BX-ISO-" + System.nanoTime();
    String jobB = "BX-ISO-" + (System.nanoTime() + 1);
    ledger.book("3栋1单元502", jobA, "repair-charge", new java.math.BigDecimal("80.00"), "维修费", "A01");
    ledger.book("A座1001", jobB, "repair-charge", new java.math.BigDecimal("60.00"), "维修费", "A02");
    staffOf("A02", "financea02", "finance");
    TasklistClient financeB = new TasklistClient(rest, "financea02", "demo");
    TasklistClient financeA = new TasklistClient(rest, "zhaomin", "demo");

    assertThat(caseNumbers(financeB.get("/api/fee-ledger/unpaid"))).contains(jobB).doesNotContain(jobA);
    assertThat(caseNumbers(financeA.get("/api/fee-ledger/unpaid"))).contains(jobA).doesNotContain(jobB);
    ResponseEntity<String> refused = financeB.send(HttpMethod.POST, "/api/fee-ledger/" + jobA + "/repair-charge/paid",
        "{\"reference\": \"SK-1\"}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(ledger.entries(jobA)).singleElement().satisfies(e -> assertThat(e).containsEntry("PAID", false));
    assertThat(financeB.send(HttpMethod.POST, "/api/fee-ledger/" + jobB + "/repair-charge/paid",
        "{\"reference\": \"SK-2\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aHeadEntersAbsencesOnlyForTheirOwnOfficesPeople() {
    TasklistClient supervisorB = new TasklistClient(rest, "luoping", "demo"); // 客服主管 of A02
    ResponseEntity<String> refused = supervisorB.send(HttpMethod.POST, "/api/absences",
        "{\"user\":\"zhangwei\",\"kind\":\"leave\",\"from\":\"2031-03-02T08:30\",\"to\":\"2031-03-03T17:30\"}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(TasklistClient.json(refused).path("message").asText()).contains("本处的部门负责人");
    assertThat(supervisorB.get("/api/absences/people").findValuesAsText("userId"))
        .contains("luoping", "sunyue").doesNotContain("zhangwei", "lina");
  }

  @Test
  void someoneInNoOfficeCannotStartACase() {
    if (engine.getIdentityService().createUserQuery().userId("nooffice").count() == 0) {
      User user = engine.getIdentityService().newUser("nooffice");
      user.setPassword("demo");
      engine.getIdentityService().saveUser(user);
      engine.getIdentityService().createMembership("nooffice", "customer-service");
    }
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().startedBy("nooffice").count();
    ResponseEntity<String> refused = new TasklistClient(rest, "nooffice", "demo").submitStartForm(
        "complaint-handling", complaintForm("3栋1单元502"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(TasklistClient.json(refused).path("message").asText()).contains("不属于任何管理处");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().startedBy("nooffice").count())
        .isEqualTo(before);
  }

  private record Case(String id, String number) {}

  private Case complaint(TasklistClient clerk, String unit) {
    ResponseEntity<String> started = clerk.submitStartForm("complaint-handling", complaintForm(unit));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode json = TasklistClient.json(started);
    return new Case(json.get("id").asText(), json.get("businessKey").asText());
  }

  private static Map<String, Object> complaintForm(String unit) {
    return Map.of("complainantName", "王女士", "unit", unit, "phone", "13900001111", "channel", "phone",
        "category", "noise", "severity", "normal", "description", "楼上装修噪音");
  }

  private ProcessInstance instance(Case c) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(c.id).singleResult();
  }

  private Task openTask(Case c) {
    return engine.getTaskService().createTaskQuery().processInstanceId(c.id).singleResult();
  }

  private List<String> businessKeysOfTasks(TasklistClient clerk) {
    return StreamSupport.stream(clerk.get("/engine-rest/task?maxResults=1000").spliterator(), false)
        .map(t -> engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(t.get("processInstanceId").asText()).singleResult().getBusinessKey())
        .toList();
  }

  /** The ledger's rows as the database names their columns (H2 CASE_NO, MySQL case_no). */
  private static List<String> caseNumbers(JsonNode entries) {
    return StreamSupport.stream(entries.spliterator(), false).map(e -> e.has("CASE_NO") ? e.get("CASE_NO")
        : e.get("case_no")).map(JsonNode::asText).toList();
  }

  private static List<String> numbers(JsonNode cases) {
    return cases.findValuesAsText("businessKey");
  }

  private void auditorOf(String office, String login) {
    staffOf(office, login, "auditor");
  }

  /** A person of one office only (TestStaff would put them into the default offices). */
  private void staffOf(String office, String login, String group) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(login).count() == 0) {
      User user = identity.newUser(login);
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(login, group);
      identity.createTenantUserMembership(office, login);
    }
  }

  private static void assertNotThere(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).doesNotContain("ENGINE-").doesNotContain("Exception").doesNotContain("tenant");
  }
}
