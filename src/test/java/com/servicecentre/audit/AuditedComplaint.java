package com.servicecentre.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.TasklistClient;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** A complaint worth auditing, taken through REST by the people who own each step. */
public final class AuditedComplaint {

  private AuditedComplaint() {}

  /** A noise complaint: lina handles it, the complainant is dissatisfied, zhangwei handles it again, late. */
  public static String finishedAfterOneReopening(TestRestTemplate rest) {
    TasklistClient clerk = new TasklistClient(rest, "zhangwei", "demo");
    TasklistClient colleague = new TasklistClient(rest, "lina", "demo");
    Map<String, Object> form = new HashMap<>(Map.of(
        "complainantName", "刘女士", "unit", "5栋2单元701", "phone", "13900001111", "channel", "phone",
        "category", "noise", "severity", "normal", "description", "楼上夜间装修噪音"));
    ResponseEntity<String> started = clerk.submitStartForm("complaint-handling", form);
    String instanceId = TasklistClient.json(started).get("id").asText();

    // investigated the same day, then the supervisor confirms the department the table proposed
    colleague.claimAndSubmit(instanceId, "investigateComplaint", "lina",
        Map.of("findings", "夜间装修属实", "suggestedFix", "上门劝导"));
    new TasklistClient(rest, "wangfang", "demo").claimAndSubmit(instanceId, "decideDepartment", "wangfang",
        Map.of("responsibleGroup", "customer-service", "proposedFix", "上门劝导"));
    colleague.claimAndSubmit(instanceId, "handleComplaint", "lina",
        Map.of("cause", "装修超时", "actions", "上门劝导", "result", "已停止夜间施工"));
    clerk.claimAndSubmit(instanceId, "replyToComplainant", "zhangwei", Map.of("replyMethod", "phone", "replyText", "已处理"));
    colleague.claimAndSubmit(instanceId, "returnVisit", "lina",
        Map.of("satisfied", false, "dissatisfactionReason", "仍有夜间施工"));

    JsonNode again = clerk.task(instanceId, "handleComplaint");
    ClockUtil.setCurrentTime(Date.from(Instant.parse(again.get("due").asText()
        .replaceFirst("(\\+|-)(\\d\\d)(\\d\\d)$", "$1$2:$3")).plusSeconds(3600)));
    clerk.claimAndSubmit(instanceId, "handleComplaint", "zhangwei",
        Map.of("cause", "装修队再次夜间施工", "actions", "暂停装修许可", "result", "已停工"));
    clerk.claimAndSubmit(instanceId, "replyToComplainant", "zhangwei", Map.of("replyMethod", "phone", "replyText", "已停工"));
    colleague.claimAndSubmit(instanceId, "returnVisit", "lina", Map.of("satisfied", true));
    ClockUtil.reset();
    return TasklistClient.json(started).get("businessKey").asText();
  }
}
