package com.servicecentre.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A complaint from intake to archive through the REST API, each step by the member of staff who owns it. */
@ServiceCentreTest
class ComplaintRestEndToEndTest {

  @Autowired TestRestTemplate rest;
  @Autowired ComplaintRegister register;

  @Test
  void complaintTakenHandledRepliedAndVisitedByTheRightPeople() {
    TasklistClient clerk = new TasklistClient(rest, "zhangwei", "demo");
    TasklistClient colleague = new TasklistClient(rest, "lina", "demo");
    TasklistClient technician = new TasklistClient(rest, "liuqiang", "demo");

    Map<String, Object> form = new HashMap<>(Map.of(
        "complainantName", "刘女士", "unit", "5栋2单元701", "phone", "13900001111", "channel", "phone",
        "category", "noise", "severity", "normal", "description", "楼上夜间装修噪音", "replyWanted", true));
    ResponseEntity<String> started = clerk.submitStartForm("complaint-handling", form);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instanceId = TasklistClient.json(started).get("id").asText();
    String complaintNo = TasklistClient.json(started).get("businessKey").asText();
    assertThat(complaintNo).startsWith("TS");

    // Noise goes to customer service: the maintenance technician neither sees nor takes it.
    assertThat(technician.task(instanceId, "handleComplaint")).isNull();
    JsonNode handling = colleague.task(instanceId, "handleComplaint");
    assertThat(handling.get("due").isNull()).isFalse();
    assertThat(technician.claim(handling.get("id").asText(), "liuqiang").getStatusCode().is2xxSuccessful()).isFalse();

    assertThat(colleague.claim(handling.get("id").asText(), "lina").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(colleague.submitTaskForm(handling.get("id").asText(),
        Map.of("cause", "装修超时", "actions", "上门劝导", "result", "已停止夜间施工")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode reply = clerk.task(instanceId, "replyToComplainant");
    clerk.claim(reply.get("id").asText(), "zhangwei");
    assertThat(clerk.submitTaskForm(reply.get("id").asText(), Map.of("replyMethod", "phone", "replyText", "已处理"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode visit = colleague.task(instanceId, "returnVisit");
    colleague.claim(visit.get("id").asText(), "lina");
    assertThat(colleague.submitTaskForm(visit.get("id").asText(), Map.of("satisfied", true)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(register.find(complaintNo)).containsEntry("STATUS", "closed")
        .containsEntry("RECEIVED_BY", "zhangwei").containsEntry("HANDLER", "lina")
        .containsEntry("SATISFACTION", "satisfied");
  }

  @Test
  void badIntakeIsAnsweredWith400NamingTheFields() {
    TasklistClient clerk = new TasklistClient(rest, "zhangwei", "demo");
    ResponseEntity<String> refused = clerk.submitStartForm("complaint-handling", Map.of(
        "complainantName", "刘女士", "channel", "phone", "category", "parking", "severity", "normal",
        "description", "x"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(TasklistClient.json(refused).get("message").asText())
        .contains("phone(电话): 电话和楼栋/房号(unit)至少填一项").contains("category(类别)");
  }
}
