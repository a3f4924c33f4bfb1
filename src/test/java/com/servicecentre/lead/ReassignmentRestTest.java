package com.servicecentre.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.TasklistClient;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** A designer cannot hand on an order; the account manager reassigns it (改派). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ReassignmentRestTest {

  @Autowired TestRestTemplate rest;

  @Test
  void onlyTheAccountManagerReassignsADesignersOrder() {
    TasklistClient accountManager = new TasklistClient(rest, "zhouli", "demo");
    Map<String, Object> lead = new HashMap<>(LeadToOrderProcessTest.lead("13700000001", 9000, "walk-in"));
    ResponseEntity<String> started = accountManager.submitStartForm("lead-to-order", lead);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = TasklistClient.json(started).get("id").asText();
    assertThat(accountManager.claimAndSubmit(id, "confirmAttribution", "zhouli",
        Map.of("leadOwner", "zhouli", "attributionBasis", "first-contact")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    TasklistClient designer = new TasklistClient(rest, "hulin", "demo");
    String taskId = designer.task(id, "measureHome").get("id").asText();
    assertThat(assign("hulin", taskId, "zhuyan").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(assign("zhouli", taskId, "zhuyan").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(new TasklistClient(rest, "zhuyan", "demo").task(id, "measureHome").get("assignee").asText())
        .isEqualTo("zhuyan");
  }

  private ResponseEntity<String> assign(String user, String taskId, String newAssignee) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId + "/assignee",
        new HttpEntity<>(Map.of("userId", newAssignee), headers), String.class);
  }
}
