package com.servicecentre.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A designer cannot hand on an order; the account manager reassigns it (改派) within the grade, with a reason, and
 * the order goes with the task: the later steps, the register and the workload move to the new designer.
 */
@ServiceCentreTest
class ReassignmentRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired LeadRegister register;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  /**
   * The designer the rules choose depends on the orders in hand and this week's counts, which the register holds:
   * leads other test classes left in the shared application would otherwise fill the small-order grade.
   */
  @BeforeEach
  void startFromAnEmptyRegister() {
    jdbc.update("DELETE FROM lead_register");
    jdbc.update("DELETE FROM lead_commission");
  }

  @Test
  void onlyTheAccountManagerReassignsADesignersOrder() {
    TasklistClient accountManager = new TasklistClient(rest, "zhouli", "demo");
    Map<String, Object> lead = new HashMap<>(LeadToOrderProcessTest.lead("13711110001", 9000, "walk-in"));
    ResponseEntity<String> started = accountManager.submitStartForm("lead-to-order", lead);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = TasklistClient.json(started).get("id").asText();
    assertThat(accountManager.claimAndSubmit(id, "confirmAttribution", "zhouli",
        Map.of("leadOwner", "zhouli", "attributionBasis", "first-contact")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // Small orders go to one of the two junior designers, whoever has fewer orders this week.
    JsonNode measuring = accountManager.task(id, "measureHome");
    String designer = measuring.get("assignee").asText();
    String colleague = designer.equals("hulin") ? "zhuyan" : "hulin";
    String taskId = measuring.get("id").asText();
    assertThat(assign(designer, taskId, colleague).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // The reason is required: the account manager writes it as a comment on the task, then hands it on.
    ResponseEntity<String> withoutReason = assign("zhouli", taskId, colleague);
    assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutReason.getBody()).contains("改派前请先在任务的评论中写明理由");
    ResponseEntity<String> commented = comment("zhouli", taskId, "客户要求换设计师");
    assertThat(commented.getStatusCode()).as(commented.getBody()).isEqualTo(HttpStatus.OK);
    // A small order stays with a designer of the small-order grade.
    ResponseEntity<String> otherGrade = assign("zhouli", taskId, "majing");
    assertThat(otherGrade.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(otherGrade.getBody()).contains("改派只能在本级内");
    assertThat(assign("zhouli", taskId, colleague).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    TasklistClient newDesigner = new TasklistClient(rest, colleague, "demo");
    assertThat(newDesigner.task(id, "measureHome").get("assignee").asText()).isEqualTo(colleague);
    Map<String, Object> row = register.find(leadNo(id));
    assertThat(row).containsEntry("DESIGNER", colleague).containsEntry("DISPATCH_BASIS", "reassigned");
    assertThat((String) row.get("DISPATCH_REASON")).contains("改派自 " + designer, "zhouli 改派: 客户要求换设计师");

    // The order went with the task: the later steps are the new designer's.
    assertThat(newDesigner.submitTaskForm(newDesigner.task(id, "measureHome").get("id").asText(),
        Map.of("measured", true, "measuredOn", "2026-07-16")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(newDesigner.task(id, "prepareDesignProposal").get("assignee").asText()).isEqualTo(colleague);
  }

  private String leadNo(String processInstanceId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult().getBusinessKey();
  }

  private ResponseEntity<String> comment(String user, String taskId, String message) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId + "/comment/create",
        new HttpEntity<>(Map.of("message", message), headers), String.class);
  }

  private ResponseEntity<String> assign(String user, String taskId, String newAssignee) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId + "/assignee",
        new HttpEntity<>(Map.of("userId", newAssignee), headers), String.class);
  }
}
