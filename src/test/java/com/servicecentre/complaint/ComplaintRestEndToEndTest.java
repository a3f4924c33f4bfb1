package com.servicecentre.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import com.servicecentre.notification.OutboxNotifications;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A complaint from intake to archive through the REST API, each step by the member of staff who owns it, the clerk who
 * took it following it through their own filter (issue 17, points 7, 8 and 10).
 */
@ServiceCentreTest
class ComplaintRestEndToEndTest {

  @Autowired TestRestTemplate rest;
  @Autowired ComplaintRegister register;
  @Autowired OutboxNotifications outbox;

  @Test
  void complaintTakenInvestigatedDecidedHandledRepliedAndVisitedByTheRightPeople() {
    TasklistClient clerk = new TasklistClient(rest, "zhangwei", "demo");
    TasklistClient colleague = new TasklistClient(rest, "lina", "demo");
    TasklistClient supervisor = new TasklistClient(rest, "wangfang", "demo");
    TasklistClient technician = new TasklistClient(rest, "liuqiang", "demo");

    Map<String, Object> form = new HashMap<>(Map.of(
        "complainantName", "刘女士", "unit", "5栋2单元701", "phone", "13900001111", "channel", "phone",
        "category", "noise", "severity", "normal", "description", "楼上夜间装修噪音"));
    // whether a reply goes out is not the clerk's to say: only the complainant's "no reply" is a field
    Map<String, Object> withReplyFlag = new HashMap<>(form);
    withReplyFlag.put("replyWanted", false);
    assertThat(clerk.submitStartForm("complaint-handling", withReplyFlag).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> started = clerk.submitStartForm("complaint-handling", form);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instanceId = TasklistClient.json(started).get("id").asText();
    String complaintNo = TasklistClient.json(started).get("businessKey").asText();
    assertThat(complaintNo).startsWith("TS");

    // Customer service investigates the same day; the table's proposal waits for the supervisor.
    assertThat(technician.task(instanceId, "investigateComplaint")).isNull();
    JsonNode investigation = colleague.task(instanceId, "investigateComplaint");
    assertThat(investigation.get("due").isNull()).isFalse();
    assertThat(colleague.claimAndSubmit(instanceId, "investigateComplaint", "lina",
        Map.of("findings", "楼上住户夜间装修", "suggestedFix", "请工程部核查装修许可")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    // The clerk may not decide: only the supervisor changes the proposed department.
    JsonNode decision = supervisor.task(instanceId, "decideDepartment");
    assertThat(clerk.claim(decision.get("id").asText(), "zhangwei").getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(supervisor.claimAndSubmit(instanceId, "decideDepartment", "wangfang",
        Map.of("responsibleGroup", "maintenance", "proposedFix", "核查装修许可，夜间停工")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // 首问责任制: the clerk follows the complaint in another department through the filter 我受理的投诉.
    JsonNode handling = technician.task(instanceId, "handleComplaint");
    assertThat(ownFilterOf(clerk)).contains(handling.get("id").asText());
    assertThat(ownFilterOf(colleague)).doesNotContain(handling.get("id").asText());
    // following is reading: the owner cannot take the department's task away from it
    assertThat(clerk.claim(handling.get("id").asText(), "zhangwei").getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(colleague.task(instanceId, "handleComplaint")).isNull();
    ResponseEntity<String> handled = technician.claimAndSubmit(instanceId, "handleComplaint", "liuqiang",
        Map.of("cause", "装修超时", "actions", "暂停夜间施工", "result", "已停止夜间施工"));
    assertThat(handled.getStatusCode()).as(handled.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    // The reply is the clerk's own task: a colleague cannot make it.
    JsonNode reply = clerk.task(instanceId, "replyToComplainant");
    assertThat(reply.get("assignee").asText()).isEqualTo("zhangwei");
    assertThat(colleague.submitTaskForm(reply.get("id").asText(), Map.of("replyMethod", "phone", "replyText", "x"))
        .getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(clerk.submitTaskForm(reply.get("id").asText(), Map.of("replyMethod", "phone", "replyText", "已处理"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode visit = colleague.task(instanceId, "returnVisit");
    colleague.claim(visit.get("id").asText(), "lina");
    assertThat(colleague.submitTaskForm(visit.get("id").asText(), Map.of("satisfied", true)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(register.find(complaintNo)).containsEntry("STATUS", "closed")
        .containsEntry("RECEIVED_BY", "zhangwei").containsEntry("INVESTIGATED_BY", "lina")
        .containsEntry("DECIDED_BY", "wangfang").containsEntry("RESPONSIBLE_GROUP", "maintenance")
        .containsEntry("HANDLER", "liuqiang").containsEntry("SATISFACTION", "satisfied")
        .containsEntry("VISIT_BY", "customer-service");
    assertThat(outbox.messagesFor(instanceId)).filteredOn(m -> "complaint-progress".equals(m.get("MESSAGE_TYPE")))
        .extracting(m -> m.get("RECIPIENT")).containsOnly("zhangwei").hasSize(4);
    assertThat(outbox.messagesFor(instanceId)).filteredOn(m -> "complaint-outcome".equals(m.get("MESSAGE_TYPE")))
        .extracting(m -> m.get("RECIPIENT")).containsExactly("office-manager");
  }

  /** The task ids the login's filter 我受理的投诉 lists. */
  private static String ownFilterOf(TasklistClient staff) {
    JsonNode filters = staff.get("/engine-rest/filter?name=我受理的投诉");
    assertThat(filters).hasSize(1);
    return staff.get("/engine-rest/filter/" + filters.get(0).get("id").asText() + "/list").toString();
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
