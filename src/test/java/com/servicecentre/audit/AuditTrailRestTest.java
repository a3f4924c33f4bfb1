package com.servicecentre.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** An auditor reads a finished complaint's trail: its people, times, rule decisions and changes, as JSON and CSV. */
@ServiceCentreTest
class AuditTrailRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void trailOfAFinishedComplaintShowsPeopleTimesDecisionsAndChanges() {
    String complaintNo = finishedComplaintHandledLateOnceAndReopened();

    JsonNode trail = auditor().get("/api/audit/cases/" + complaintNo);

    JsonNode summary = trail.get("case");
    assertThat(summary.get("processDefinitionKey").asText()).isEqualTo("complaint-handling");
    assertThat(summary.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(summary.get("startedBy").asText()).isEqualTo("zhangwei");
    assertThat(summary.get("startedByName").asText()).isEqualTo("张伟");
    assertThat(summary.get("endTime").isNull()).isFalse();
    // Every login the trail names comes with the person's name, family name first.
    assertThat(trail.get("people").toString()).contains("{\"userId\":\"lina\",\"name\":\"李娜\"}")
        .contains("{\"userId\":\"zhangwei\",\"name\":\"张伟\"}");

    // The routing table decided, and its version, inputs, matched rule and outputs are on record.
    JsonNode routing = only(trail.get("decisions"), "decisionKey", "complaint-routing");
    assertThat(routing.get("version").asInt()).isEqualTo(1);
    assertThat(routing.get("activityId").asText()).isEqualTo("routeComplaint");
    assertThat(routing.get("inputs").toString()).contains("\"value\":\"noise\"").contains("\"value\":\"normal\"");
    assertThat(routing.get("matchedRules")).hasSize(1);
    assertThat(routing.get("outputs").toString()).contains("\"name\":\"responsibleGroup\",\"value\":\"customer-service\"");

    // Handled twice: first by lina in time, then (reopened) by zhangwei after the due date.
    List<JsonNode> handling = all(trail.get("tasks"), "taskDefinitionKey", "handleComplaint");
    assertThat(handling).hasSize(2);
    assertThat(handling.get(0).get("candidateGroups").toString()).contains("customer-service");
    assertThat(handling.get(0).get("assignee").asText()).isEqualTo("lina");
    assertThat(handling.get(0).get("assignedBy").asText()).isEqualTo("lina");
    assertThat(handling.get(0).get("claimed").isNull()).isFalse();
    assertThat(handling.get(0).get("completed").isNull()).isFalse();
    assertThat(handling.get(0).get("due").isNull()).isFalse();
    assertThat(handling.get(0).get("late").asBoolean()).isFalse();
    assertThat(handling.get(1).get("assignee").asText()).isEqualTo("zhangwei");
    assertThat(handling.get(1).get("late").asBoolean()).isTrue();

    // The cause was entered twice: the reopened round started clean (the process cleared the old answer, which
    // stays on record with the value it had), and each entry names who made it.
    List<JsonNode> causes = all(trail.get("variableChanges"), "variable", "cause");
    assertThat(causes).hasSize(3);
    assertThat(causes.get(0).get("oldValue").isNull()).isTrue();
    assertThat(causes.get(0).get("changedBy").asText()).isEqualTo("lina");
    assertThat(causes.get(1).get("oldValue").asText()).isEqualTo("装修超时");
    assertThat(causes.get(1).get("newValue").isNull()).isTrue();
    assertThat(causes.get(1).get("changedBy").isNull()).as(causes.get(1).toString()).isTrue();
    assertThat(causes.get(2).get("newValue").asText()).isEqualTo("装修队再次夜间施工");
    assertThat(causes.get(2).get("changedBy").asText()).isEqualTo("zhangwei");

    // A number the process computed while zhangwei's intake ran is his action too, and names the step.
    JsonNode numbered = all(trail.get("variableChanges"), "variable", "caseNo").get(0);
    assertThat(numbered.get("changedBy").asText()).isEqualTo("zhangwei");
    assertThat(numbered.get("activityId").asText()).isEqualTo("registerComplaint");

    // The operation log names each person's claims and completions.
    assertThat(all(trail.get("operations"), "operation", "Claim")).extracting(e -> e.get("userId").asText())
        .contains("lina", "zhangwei");
    assertThat(all(trail.get("operations"), "operation", "Complete")).extracting(e -> e.get("userId").asText())
        .contains("lina", "zhangwei");
    assertThat(all(trail.get("activities"), "activityId", "archiveComplaint")).hasSize(1);
  }

  @Test
  void aVariableChangedAndACaseCancelledByAnAdministratorAreHisOnRecord() {
    TasklistClient clerk = new TasklistClient(rest, "zhangwei", "demo");
    ResponseEntity<String> started = clerk.submitStartForm("complaint-handling", new HashMap<>(Map.of(
        "complainantName", "王先生", "unit", "2栋101", "phone", "13900002222", "channel", "phone",
        "category", "noise", "severity", "normal", "description", "夜间噪音", "replyDeclined", true)));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String instanceId = TasklistClient.json(started).get("id").asText();
    String complaintNo = TasklistClient.json(started).get("businessKey").asText();

    HttpHeaders json = new HttpHeaders();
    json.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    TestRestTemplate admin = rest.withBasicAuth("demo", "demo");
    assertThat(admin.exchange("/engine-rest/process-instance/" + instanceId + "/variables/description", HttpMethod.PUT,
        new HttpEntity<>(Map.of("value", "夜间噪音(重复投诉)", "type", "String"), json), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(admin.exchange("/engine-rest/process-instance/" + instanceId, HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode trail = auditor().get("/api/audit/cases/" + complaintNo);
    assertThat(trail.get("case").get("state").asText()).isEqualTo("EXTERNALLY_TERMINATED");
    List<JsonNode> descriptions = all(trail.get("variableChanges"), "variable", "description");
    JsonNode changed = descriptions.get(descriptions.size() - 1);
    assertThat(changed.get("oldValue").asText()).isEqualTo("夜间噪音");
    assertThat(changed.get("newValue").asText()).isEqualTo("夜间噪音(重复投诉)");
    assertThat(changed.get("changedBy").asText()).isEqualTo("demo");
    assertThat(descriptions.get(0).get("changedBy").asText()).isEqualTo("zhangwei");
    assertThat(all(trail.get("operations"), "operation", "SetVariable")).extracting(e -> e.get("userId").asText())
        .containsOnly("demo");
    assertThat(all(trail.get("operations"), "operation", "Delete")).extracting(e -> e.get("userId").asText())
        .containsOnly("demo");
    assertThat(all(trail.get("tasks"), "taskDefinitionKey", "investigateComplaint").get(0).get("endReason").asText())
        .isNotBlank();
  }

  @Test
  void csvExportHoldsTheSameEntriesAsTheJson() {
    String complaintNo = finishedComplaintHandledLateOnceAndReopened();
    JsonNode trail = auditor().get("/api/audit/cases/" + complaintNo);

    HttpHeaders accept = new HttpHeaders();
    accept.set(HttpHeaders.ACCEPT, "text/csv");
    ResponseEntity<String> csv = rest.withBasicAuth("guoyu", "demo").exchange(
        "/api/audit/cases/" + complaintNo, HttpMethod.GET, new HttpEntity<>(accept), String.class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo(complaintNo + ".csv");
    assertThat(rest.withBasicAuth("guoyu", "demo")
        .getForObject("/api/audit/cases/" + complaintNo + "?format=csv", String.class)).isEqualTo(csv.getBody());

    List<List<String>> rows = parseCsv(csv.getBody().replace("\uFEFF", ""));
    List<String> header = rows.get(0);
    assertThat(header.get(0)).isEqualTo("section");
    List<List<String>> body = rows.subList(1, rows.size());

    int row = 0;
    for (Iterator<Map.Entry<String, JsonNode>> sections = trail.fields(); sections.hasNext();) {
      Map.Entry<String, JsonNode> section = sections.next();
      List<JsonNode> entries = new ArrayList<>();
      if (section.getValue().isArray()) {
        section.getValue().forEach(entries::add);
      } else {
        entries.add(section.getValue());
      }
      if (!"handovers".equals(section.getKey())) {
        // nobody handed this case's tasks on (HandOverDuringLeaveProcessTest reads a trail that has them)
        assertThat(entries).as(section.getKey()).isNotEmpty();
      }
      for (JsonNode entry : entries) {
        List<String> cells = body.get(row++);
        assertThat(cells.get(0)).isEqualTo(section.getKey());
        for (int column = 1; column < header.size(); column++) {
          assertThat(cells.get(column)).as(section.getKey() + "." + header.get(column))
              .isEqualTo(flat(entry.get(header.get(column))));
        }
      }
    }
    assertThat(row).isEqualTo(body.size());
  }

  @Test
  void caseIsFoundAfterTheProcessHasANewerVersion() throws Exception {
    String complaintNo = finishedComplaintHandledLateOnceAndReopened();
    int ranOn = repository.createProcessDefinitionQuery().processDefinitionKey("complaint-handling").latestVersion()
        .singleResult().getVersion();
    repository.createDeployment().name("投诉处理 新版本")
        .addInputStream("complaint-handling.bpmn", new ClassPathResource("processes/complaint-handling.bpmn")
            .getInputStream())
        .deploy();
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("complaint-handling").latestVersion()
        .singleResult().getVersion()).isEqualTo(ranOn + 1);

    String today = LocalDate.now().toString();
    JsonNode found = auditor().get("/api/audit/cases?process=complaint-handling&state=COMPLETED&businessKey="
        + complaintNo + "&from=" + today + "&to=" + today);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("businessKey").asText()).isEqualTo(complaintNo);
    assertThat(found.get(0).get("processVersion").asInt()).isEqualTo(ranOn);
    assertThat(auditor().get("/api/audit/cases/" + complaintNo).get("case").get("processVersion").asInt())
        .isEqualTo(ranOn);
    assertThat(auditor().get("/api/audit/cases?process=complaint-handling&state=ACTIVE&businessKey=" + complaintNo))
        .isEmpty();
    // A part of the number finds the case too: the whole number is only looked up first, by its index.
    assertThat(auditor().get("/api/audit/cases?process=complaint-handling&state=COMPLETED&businessKey="
        + complaintNo.substring(2) + "&from=" + today + "&to=" + today))
        .extracting(c -> c.get("businessKey").asText()).contains(complaintNo);
  }

  @Test
  void onlyAuditorsAndAdministratorsMayReadTrails() {
    String complaintNo = finishedComplaintHandledLateOnceAndReopened();
    ResponseEntity<String> clerk = rest.withBasicAuth("zhangwei", "demo")
        .getForEntity("/api/audit/cases/" + complaintNo, String.class);
    assertThat(clerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(clerk.getBody()).contains("zhangwei").doesNotContain("lina");
    assertThat(rest.getForEntity("/api/audit/cases/" + complaintNo, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("demo", "demo").getForEntity("/api/audit/cases/" + complaintNo, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("guoyu", "demo").getForEntity("/api/audit/cases/TS999999", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("guoyu", "demo").getForEntity("/api/audit/cases?from=yesterday", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private String finishedComplaintHandledLateOnceAndReopened() {
    return AuditedComplaint.finishedAfterOneReopening(rest);
  }

  private TasklistClient auditor() {
    return new TasklistClient(rest, "guoyu", "demo");
  }

  private static JsonNode only(JsonNode entries, String field, String value) {
    List<JsonNode> found = all(entries, field, value);
    assertThat(found).as(field + "=" + value).hasSize(1);
    return found.get(0);
  }

  private static List<JsonNode> all(JsonNode entries, String field, String value) {
    List<JsonNode> found = new ArrayList<>();
    entries.forEach(e -> {
      if (e.hasNonNull(field) && e.get(field).asText().equals(value)) {
        found.add(e);
      }
    });
    return found;
  }

  /** The documented cell format: lists joined by "; ", an item's fields as "name=value" joined by ", ". */
  private static String flat(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(v -> items.add(flat(v)));
      return String.join("; ", items);
    }
    if (value.isObject()) {
      List<String> fields = new ArrayList<>();
      value.fields().forEachRemaining(f -> fields.add(f.getKey() + "=" + flat(f.getValue())));
      return String.join(", ", fields);
    }
    return value.asText();
  }

  private static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    return rows;
  }
}
