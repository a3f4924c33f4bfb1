package com.servicecentre.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.servicecentre.ServiceCentreTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The owner of a repair hears of it by SMS, through a local stand-in for the SMS gateway: dispatched, arrived,
 * repaired, each once and in that order, with the template's parameters, although the gateway fails the first two
 * tries; the case's audit trail shows them. Quiet hours hold a non-urgent SMS until 08:00 and let an emergency through.
 */
@ServiceCentreTest
class RepairOwnerMessagesTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final WireMockServer GATEWAY = new WireMockServer(wireMockConfig().dynamicPort());

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired NotificationTemplates templates;
  @Autowired IdentityService identity;
  @Autowired NotificationRelay applicationRelay;
  @Autowired TestRestTemplate rest;

  private NotificationRelay relay;

  @BeforeAll
  static void startGateway() {
    GATEWAY.start();
  }

  @AfterAll
  static void stopGateway() {
    GATEWAY.stop();
  }

  @BeforeEach
  void relayToTheStub() {
    // What other tests left in the outbox goes out through the log first (in the day, when nothing is held for the
    // night), so the stub sees only this test's rows.
    at(ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, CHINA));
    applicationRelay.drain();
    GATEWAY.resetAll();
    relay = new NotificationRelay(jdbc, templates, new Recipients(jdbc, identity),
        List.of(new LogChannel(), new SmsChannel(Relays.sms(GATEWAY.baseUrl() + "/"))),
        Relays.settings(List.of(Relays.route("owner", "sms"), Relays.route("any", "log")), 20, List.of("owner")),
        () -> ClockUtil.getCurrentTime().toInstant(), "test-relay");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void ownerGetsDispatchArrivalAndCompletionOnceEachInOrderThoughTheGatewayFailsTwice() throws Exception {
    at(ZonedDateTime.of(2026, 12, 2, 9, 30, 0, 0, CHINA));
    GATEWAY.stubFor(post(urlPathEqualTo("/")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("failed once"));
    GATEWAY.stubFor(post(urlPathEqualTo("/")).inScenario("flaky").whenScenarioStateIs("failed once")
        .willReturn(okJson("{\"Code\":\"isp.SYSTEM_ERROR\",\"Message\":\"系统繁忙\",\"RequestId\":\"r2\"}"))
        .willSetStateTo("working"));
    GATEWAY.stubFor(post(urlPathEqualTo("/")).inScenario("flaky").whenScenarioStateIs("working")
        .willReturn(okJson("{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"b1\",\"RequestId\":\"r3\"}")));

    AbstractAssertions.init(engine);
    String phone = "13912340001";
    Map<String, Object> report = new HashMap<>(Map.of("reporter", "王先生", "areaType", "in-home",
        "unit", "5栋2单元701", "phone", phone, "trade", "plumbing-electrical", "repairSize", "minor",
        "urgency", "normal", "underWarranty", false, "description", "厨房水龙头漏水"));
    ProcessInstance job = engine.getRuntimeService().startProcessInstanceByKey("repair-dispatch", report);
    String jobNo = job.getBusinessKey();
    claim(task("dispatchTechnician", job), "yangming");
    complete(task("dispatchTechnician", job), withVariables("technician", "liuqiang"));

    relay.drain();                        // 1st try: HTTP 503
    later(Duration.ofMinutes(1));
    complete(task("confirmArrival", job));
    relay.drain();                        // 2nd try: the gateway's system error; the arrival waits behind it
    assertThat(sms(phone)).hasSize(2);
    later(Duration.ofMinutes(5));
    relay.drain();                        // dispatched, then arrived
    complete(task("repairOnSite", job), withVariables("repairResult", "fixed", "workDone", "更换水龙头阀芯",
        "chargeService", "tap-replace", "chargeQuantity", 1));
    relay.drain();
    later(Duration.ofHours(3));
    relay.drain();                        // nothing is sent again

    List<Map<String, String>> sent = sms(phone).stream().skip(2).toList();
    assertThat(sent).extracting(m -> m.get("TemplateCode"))
        .containsExactly("SMS_900000011", "SMS_900000012", "SMS_900000013");
    ObjectMapper json = new ObjectMapper();
    JsonNode dispatched = json.readTree(sent.get(0).get("TemplateParam"));
    assertThat(dispatched.get("jobNo").asText()).isEqualTo(jobNo);
    assertThat(dispatched.get("technician").asText()).isEqualTo("刘强");
    assertThat(dispatched.get("time").asText()).matches("12月2日\\d\\d:\\d\\d");
    assertThat(json.readTree(sent.get(1).get("TemplateParam")).get("technician").asText()).isEqualTo("刘强");
    assertThat(json.readTree(sent.get(2).get("TemplateParam")).get("work").asText()).isEqualTo("更换水龙头阀芯");
    assertThat(sent).allSatisfy(m -> {
      assertThat(m.get("SignName")).isEqualTo("客服中心");
      assertThat(m.get("Signature")).isNotBlank();
      assertThat(m.values()).noneMatch(v -> v.contains("test-key-secret"));
    });
    assertThat(sent).extracting(m -> m.get("OutId")).doesNotHaveDuplicates();

    List<Map<String, Object>> rows = jdbc.queryForList(
        "SELECT * FROM notification_outbox WHERE process_instance_id = ? ORDER BY id", job.getId());
    assertThat(rows).extracting(r -> r.get("STATE")).containsExactly("sent", "sent", "sent");
    assertThat(rows).extracting(r -> ((Number) r.get("ATTEMPTS")).intValue()).containsExactly(3, 1, 1);
    assertThat(rows).extracting(r -> r.get("DELIVERED_CHANNEL")).containsOnly("sms");

    // Staff read the same in the case's audit trail.
    JsonNode trail = json.readTree(rest.withBasicAuth("guoyu", "demo")
        .getForEntity("/api/audit/cases/" + jobNo, String.class).getBody());
    JsonNode notifications = trail.get("notifications");
    assertThat(notifications).hasSize(3);
    assertThat(notifications).allSatisfy(n -> {
      assertThat(n.get("recipient").asText()).isEqualTo(phone);
      assertThat(n.get("channel").asText()).isEqualTo("sms");
      assertThat(n.get("stateText").asText()).isEqualTo("已发出");
      assertThat(n.get("sentAt").isNull()).isFalse();
    });
    assertThat(notifications.get(0).get("type").asText()).isEqualTo("repair-dispatched");
    assertThat(notifications.get(0).get("attempts").asInt()).isEqualTo(3);
  }

  @Test
  void quietHoursHoldANonUrgentSmsUntilEightButNotAnEmergency() {
    GATEWAY.stubFor(post(urlPathEqualTo("/")).willReturn(okJson("{\"Code\":\"OK\",\"Message\":\"OK\"}")));
    at(ZonedDateTime.of(2026, 12, 2, 22, 30, 0, 0, CHINA));
    OutboxNotifications outbox = new OutboxNotifications(jdbc, templates);
    Map<String, String> fields = Map.of("caseNo", "BX900001", "place", "3栋101", "technician", "陈杰");
    outbox.send(Notification.of("quiet-test:normal", com.servicecentre.repair.RepairMessages.ARRIVED,
        "13912340002", fields, false, null));
    outbox.send(Notification.of("quiet-test:urgent", com.servicecentre.repair.RepairMessages.ARRIVED,
        "13912340003", fields, true, null));

    relay.drain();
    assertThat(sms("13912340002")).isEmpty();
    assertThat(sms("13912340003")).hasSize(1);

    at(ZonedDateTime.of(2026, 12, 3, 7, 59, 0, 0, CHINA));
    relay.drain();
    assertThat(sms("13912340002")).isEmpty();
    at(ZonedDateTime.of(2026, 12, 3, 8, 0, 0, 0, CHINA));
    relay.drain();
    assertThat(sms("13912340002")).hasSize(1);
    assertThat(sms("13912340003")).hasSize(1);
    assertThat(jdbc.queryForList("SELECT a.outcome FROM notification_attempt a JOIN notification_outbox o"
        + " ON o.id = a.outbox_id WHERE o.message_key = 'quiet-test:normal' ORDER BY a.id", String.class))
        .containsExactly("held", "sent");
  }

  /** The SMS requests the gateway received for this number, oldest first, as their form parameters. */
  private static List<Map<String, String>> sms(String phone) {
    List<LoggedRequest> requests = new ArrayList<>(GATEWAY.findAll(postRequestedFor(urlPathEqualTo("/"))
        .withFormParam("PhoneNumbers", equalTo(phone))));
    List<Map<String, String>> forms = new ArrayList<>();
    for (LoggedRequest request : requests) {
      forms.add(Relays.form(request.getBodyAsString()));
    }
    return forms;
  }

  private static void at(ZonedDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  private static void later(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()).plus(duration)));
  }
}
