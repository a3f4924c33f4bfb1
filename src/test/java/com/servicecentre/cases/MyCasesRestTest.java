package com.servicecentre.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import com.servicecentre.WebappSession;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 我发起的案件 (/api/cases/mine): the caller's own cases with their number, state and where each stands, by the
 * Tasklist login of the same browser or HTTP Basic; nobody else's cases; the Tasklist session reads, never writes.
 */
@ServiceCentreTest
class MyCasesRestTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;

  @Test
  void theClerkSeesHerCaseItsStateAndWhoHoldsItNow() {
    String caseNo = startComplaint("zhangwei");

    JsonNode mine = TasklistClient.json(rest.withBasicAuth("zhangwei", "demo").getForEntity("/api/cases/mine",
        String.class));
    assertThat(mine.get("name").asText()).isEqualTo("张伟");
    JsonNode row = find(mine, caseNo);
    assertThat(row.get("process").asText()).isEqualTo("投诉处理");
    assertThat(row.get("stateLabel").asText()).isEqualTo("办理中");
    assertThat(row.get("steps").get(0).get("task").asText()).isEqualTo("调查核实(当天)");
    assertThat(row.get("steps").get(0).get("holder").asText()).isEqualTo("客服中心（待领取）");
    assertThat(row.get("steps").get(0).get("due").asText()).isNotBlank();

    JsonNode others = TasklistClient.json(rest.withBasicAuth("lina", "demo").getForEntity("/api/cases/mine",
        String.class));
    assertThat(find(others, caseNo)).isNull();
  }

  @Test
  void theTasklistLoginReadsTheListWithoutASecondLoginButChangesNothing() {
    String caseNo = startComplaint("zhangwei");
    WebappSession tasklist = new WebappSession(port, "zhangwei", "demo");

    var mine = tasklist.getAbsolute("/api/cases/mine");
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.body()).contains(caseNo);
    // A change to our API still needs the password (HTTP Basic): a session alone cannot be made to act (CSRF).
    assertThat(tasklist.postAbsolute("/api/calendars/office-hours/days",
        "{\"date\":\"2026-12-30\",\"name\":\"x\",\"off\":true}").statusCode()).isEqualTo(401);
    assertThat(rest.getForEntity("/api/cases/mine", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String startComplaint(String clerk) {
    ResponseEntity<String> started = new TasklistClient(rest, clerk, "demo").submitStartForm("complaint-handling",
        new HashMap<>(Map.of("complainantName", "刘女士", "unit", "5栋2单元701", "phone", "13900001111",
            "channel", "phone", "category", "noise", "severity", "normal", "description", "楼上夜间装修噪音")));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    // The number is in the answer to the start itself: what Tasklist's notice shows at once.
    String caseNo = TasklistClient.json(started).get("businessKey").asText();
    assertThat(caseNo).matches("TS\\d{6}");
    return caseNo;
  }

  private static JsonNode find(JsonNode mine, String caseNo) {
    return StreamSupport.stream(mine.get("cases").spliterator(), false)
        .filter(c -> caseNo.equals(c.get("caseNo").asText())).findFirst().orElse(null);
  }
}
