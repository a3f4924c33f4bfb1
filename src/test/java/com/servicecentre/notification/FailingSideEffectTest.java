package com.servicecentre.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A side effect runs as a job of its own (asyncBefore): when it fails, the clerk's work stays done, the job is
 * tried again, then becomes an incident; an administrator's retry finishes the case, and nothing happens twice.
 */
@ServiceCentreTest
class FailingSideEffectTest {

  @Autowired ProcessEngine engine;
  @Autowired OutboxNotifications outbox;

  @AfterEach
  void repair() {
    TestEngine.failNotifications(0);
    ClockUtil.reset();
  }

  @Test
  void aFailingReplyNotificationLeavesTheReplyDoneThenBecomesAnIncidentThatARetryFinishesOnce() {
    AbstractAssertions.init(engine);
    Map<String, Object> form = new HashMap<>(Map.of("complainantName", "刘女士", "unit", "5栋2单元701",
        "phone", "13900001111", "channel", "phone", "category", "noise", "severity", "normal",
        "description", "楼上夜间装修噪音"));
    ProcessInstance complaint = engine.getRuntimeService().startProcessInstanceByKey("complaint-handling", form);
    complete(task(complaint), withVariables("findings", "夜间装修属实", "suggestedFix", "上门劝导"));
    complete(task(complaint), withVariables("responsibleGroup", "customer-service", "proposedFix", "上门劝导"));
    claim(task(complaint), "lina");
    complete(task(complaint), withVariables("cause", "装修超时", "actions", "上门劝导", "result", "已停工"));

    TestEngine.failNotifications(100);
    complete(task("replyToComplainant", complaint), withVariables("replyMethod", "phone", "replyText", "已处理"));

    // The reply is on record; sending it is a job that failed once and will be tried again.
    assertThat(complaint).hasPassed("replyToComplainant").isWaitingAt("notifyComplainant");
    ManagementService management = engine.getManagementService();
    Job sending = management.createJobQuery().processInstanceId(complaint.getId()).singleResult();
    assertThat(sending.getRetries()).isEqualTo(2);
    assertThat(sending.getExceptionMessage()).contains("test fault");

    for (int retry = 0; retry < 2; retry++) {
      ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(6L * (retry + 1)))));
      try {
        management.executeJob(sending.getId());
      } catch (RuntimeException stillFailing) {
        // as the job executor would see it
      }
    }
    assertThat(management.createJobQuery().jobId(sending.getId()).singleResult().getRetries()).isZero();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(complaint.getId()).count())
        .isOne();
    assertThat(replies(complaint)).isEmpty();

    // The outbox is back; the administrator retries in Cockpit.
    TestEngine.failNotifications(0);
    management.setJobRetries(sending.getId(), 1);
    management.executeJob(sending.getId());

    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(complaint.getId()).count())
        .isZero();
    assertThat(replies(complaint)).singleElement()
        .satisfies(m -> assertThat((String) m.get("MESSAGE")).contains("已处理"));
    assertThat(complaint).isWaitingAt("returnVisit");
  }

  /** The messages to the complainant (the office manager is told the outcome before the reply). */
  private java.util.List<Map<String, Object>> replies(ProcessInstance complaint) {
    return outbox.messagesFor(complaint.getId()).stream().filter(m -> "sms".equals(m.get("CHANNEL"))).toList();
  }
}
