package com.servicecentre.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A designer cannot hand on an order; the account manager reassigns it (改派). */
@ServiceCentreTest
class ReassignmentRestTest {

  @Autowired TestRestTemplate rest;

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
    assertThat(assign("zhouli", taskId, colleague).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(new TasklistClient(rest, colleague, "demo").task(id, "measureHome").get("assignee").asText())
        .isEqualTo(colleague);
  }

  private ResponseEntity<String> assign(String user, String taskId, String newAssignee) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId + "/assignee",
        new HttpEntity<>(Map.of("userId", newAssignee), headers), String.class);
  }
}
