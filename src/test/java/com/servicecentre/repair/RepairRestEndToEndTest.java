package com.servicecentre.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import com.servicecentre.ledger.FeeLedger;
import java.util.HashMap;
import java.util.Map;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Repair jobs through the REST API, each step by the member of staff who owns it. */
@ServiceCentreTest
class RepairRestEndToEndTest {

  @Autowired TestRestTemplate rest;
  @Autowired RepairRegister register;
  @Autowired FeeLedger ledger;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;

  @Test
  void inHomeRepairReportedDispatchedRepairedChargedAndVisited() {
    TasklistClient clerk = new TasklistClient(rest, "zhangwei", "demo");
    TasklistClient dispatcher = new TasklistClient(rest, "yangming", "demo");
    TasklistClient technician = new TasklistClient(rest, "liuqiang", "demo");

    ResponseEntity<String> started = clerk.submitStartForm("repair-dispatch", report("in-home", "plumbing-electrical"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = TasklistClient.json(started).get("id").asText();
    String jobNo = TasklistClient.json(started).get("businessKey").asText();

    assertThat(clerk.task(id, "dispatchTechnician")).isNull();
    JsonNode dispatch = dispatcher.task(id, "dispatchTechnician");
    dispatcher.claim(dispatch.get("id").asText(), "yangming");
    assertThat(dispatcher.submitTaskForm(dispatch.get("id").asText(), Map.of("technician", "liuqiang")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode arrival = technician.task(id, "confirmArrival");
    assertThat(arrival.get("assignee").asText()).isEqualTo("liuqiang");
    assertThat(arrival.get("due").isNull()).isFalse();
    assertThat(technician.submitTaskForm(arrival.get("id").asText(), Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode work = technician.task(id, "repairOnSite");
    assertThat(technician.submitTaskForm(work.get("id").asText(),
        Map.of("repairResult", "fixed", "workDone", "更换水龙头", "labourHours", 0.5, "chargeService", "tap-replace",
            "chargeQuantity", 1)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode charge = clerk.task(id, "confirmCharge");
    clerk.claim(charge.get("id").asText(), "zhangwei");
    // The fee is the price list's (30 yuan a tap): a clerk cannot type another.
    ResponseEntity<String> typed = clerk.submitTaskForm(charge.get("id").asText(),
        Map.of("fee", 1, "ownerConfirmed", true));
    assertThat(typed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(typed.getBody()).contains("fee");
    assertThat(clerk.submitTaskForm(charge.get("id").asText(), Map.of("ownerConfirmed", true))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode visit = clerk.task(id, "returnVisit");
    clerk.claim(visit.get("id").asText(), "zhangwei");
    clerk.submitTaskForm(visit.get("id").asText(), Map.of("satisfied", true));
    // The deputy manager signs the visit record; customer service cannot.
    assertThat(clerk.task(id, "signOffReturnVisit")).isNull();
    assertThat(new TasklistClient(rest, "hezhi", "demo").claimAndSubmit(id, "signOffReturnVisit", "hezhi",
        Map.of("signOffNotes", "已阅")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(register.find(jobNo)).containsEntry("STATUS", "closed").containsEntry("TECHNICIAN", "liuqiang")
        .containsEntry("VISIT_SIGNED_OFF_BY", "hezhi");
    assertThat(ledger.entries(jobNo)).singleElement().satisfies(e -> assertThat(e).containsEntry("PAID", false));

    // Finance marks the charge paid when the owner pays: who from the login, once; nobody else may.
    TasklistClient finance = new TasklistClient(rest, "zhaomin", "demo");
    String paid = "/api/fee-ledger/" + jobNo + "/repair-charge/paid";
    assertThat(clerk.send(org.springframework.http.HttpMethod.POST, paid, "{\"reference\": \"SK-1\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(finance.send(org.springframework.http.HttpMethod.POST, paid, "{}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> marked = finance.send(org.springframework.http.HttpMethod.POST, paid,
        "{\"reference\": \"SK-2026-0042\", \"paidBy\": \"someone-else\"}");
    assertThat(marked.getStatusCode()).as(marked.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(TasklistClient.json(marked).get("paidBy").asText()).isEqualTo("zhaomin");
    assertThat(finance.send(org.springframework.http.HttpMethod.POST, paid, "{\"reference\": \"SK-2026-0043\"}")
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(ledger.entries(jobNo)).singleElement().satisfies(e -> assertThat(e).containsEntry("PAID", true)
        .containsEntry("PAID_BY", "zhaomin").containsEntry("PAYMENT_REFERENCE", "SK-2026-0042"));
  }

  /**
   * 超时督办 calls in the dispatcher as a candidate of the technician's overdue task; the technician keeps it and
   * finishes it himself (he is no dispatcher, but the task is his).
   */
  @Test
  void aTechnicianFinishesHisOverdueRepairAfterTheDispatcherWasCalledIn() {
    TasklistClient dispatcher = new TasklistClient(rest, "yangming", "demo");
    TasklistClient technician = new TasklistClient(rest, "liuqiang", "demo");
    String id = TasklistClient.json(new TasklistClient(rest, "zhangwei", "demo")
        .submitStartForm("repair-dispatch", report("in-home", "plumbing-electrical"))).get("id").asText();
    assertThat(dispatcher.claimAndSubmit(id, "dispatchTechnician", "yangming", Map.of("technician", "liuqiang"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    technician.submitTaskForm(technician.task(id, "confirmArrival").get("id").asText(), Map.of());
    Task work = taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey("repairOnSite").singleResult();

    ClockUtil.setCurrentTime(new Date(work.getDueDate().getTime() + 60_000));
    try {
      for (Job overdue : management.createJobQuery().processInstanceId(id).timers()
          .activityId("repairOnSiteOverdue").list()) {
        management.executeJob(overdue.getId());
      }
    } finally {
      ClockUtil.reset();
    }
    assertThat(taskService.getIdentityLinksForTask(work.getId())).anySatisfy(link ->
        assertThat(link.getGroupId()).isEqualTo("dispatcher"));

    ResponseEntity<String> done = technician.submitTaskForm(work.getId(), Map.of("repairResult", "fixed",
        "workDone", "更换水龙头", "labourHours", 0.5, "chargeService", "tap-replace", "chargeQuantity", 1));
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void dispatcherRecordsTheOutsideCompanysCompletionReportInTasklist() {
    TasklistClient clerk = new TasklistClient(rest, "zhangwei", "demo");
    ResponseEntity<String> started = clerk.submitStartForm("repair-dispatch", report("public-area", "lift"));
    String jobNo = TasklistClient.json(started).get("businessKey").asText();
    String instanceId = TasklistClient.json(started).get("id").asText();

    ResponseEntity<String> reported = new TasklistClient(rest, "yangming", "demo").claimAndSubmit(instanceId,
        "recordOutsourcedReport", "yangming", Map.of("workDone", "更换门机皮带"));
    assertThat(reported.getStatusCode()).as(reported.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(register.find(jobNo)).containsEntry("TEAM", "outsourced").containsEntry("WORK_DONE", "更换门机皮带");
    assertThat(clerk.task(TasklistClient.json(started).get("id").asText(), "returnVisit")).isNotNull();
  }

  private static Map<String, Object> report(String area, String trade) {
    Map<String, Object> form = new HashMap<>(Map.of("reporter", "王先生", "areaType", area, "trade", trade,
        "repairSize", "minor", "urgency", "normal", "underWarranty", false, "description", "故障"));
    form.put(area.equals("in-home") ? "unit" : "location", area.equals("in-home") ? "5栋2单元701" : "2栋电梯");
    return form;
  }
}
