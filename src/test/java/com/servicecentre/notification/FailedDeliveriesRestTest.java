package com.servicecentre.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.servicecentre.ServiceCentreTest;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A message WeChat refuses for good (an unknown user) is tried once, not again and again, and waits in the
 * administrators' list of failed deliveries, which only administrators read and from which they send it again.
 * Staff messages reach the group's members by e-mail, through a local SMTP server.
 */
@ServiceCentreTest
class FailedDeliveriesRestTest {

  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired NotificationTemplates templates;
  @Autowired IdentityService identity;
  @Autowired NotificationRelay applicationRelay;
  @Autowired OutboxNotifications outbox;

  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aPermanentWechatErrorIsNotRetriedAndAnAdministratorSendsItAgain() throws Exception {
    daytime();
    applicationRelay.drain();
    WireMockServer wechat = new WireMockServer(wireMockConfig().dynamicPort());
    wechat.start();
    try {
      wechat.stubFor(get(urlPathEqualTo("/cgi-bin/token"))
          .willReturn(okJson("{\"access_token\":\"T\",\"expires_in\":7200}")));
      wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/template/send"))
          .willReturn(okJson("{\"errcode\":40003,\"errmsg\":\"invalid openid\"}")));
      NotificationRelay relay = new NotificationRelay(jdbc, templates, new Recipients(jdbc, identity),
          List.of(new LogChannel(), new SmsChannel(Relays.sms(wechat.baseUrl() + "/sms")),
              new WechatChannel(Relays.wechat(wechat.baseUrl()), () -> ClockUtil.getCurrentTime().toInstant())),
          Relays.settings(List.of(Relays.route("owner", "wechat", "sms"), Relays.route("any", "log")), 20,
              List.of("owner")), () -> ClockUtil.getCurrentTime().toInstant(), "test-relay");
      String unit = "9栋" + UUID.randomUUID().toString().substring(0, 6);
      jdbc.update("INSERT INTO notification_contact (address, wechat_open_id, updated_at) VALUES (?, ?, ?)", unit,
          "o-unknown", new Date());
      outbox.send(new Notification("failed-test:" + unit, "notice", unit, "迁出TF000009已结清"));

      for (int hour = 0; hour < 6; hour++) {
        relay.drain();
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 3_600_000L));
      }
      wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/message/template/send")));

      ResponseEntity<String> refused = rest.withBasicAuth("zhangwei", "demo")
          .getForEntity("/api/notifications/failed", String.class);
      assertThat(refused.getStatusCode().value()).isEqualTo(403);
      assertThat(refused.getBody()).contains("仅限管理员").doesNotContain("Exception");

      JsonNode failed = json.readTree(rest.withBasicAuth("demo", "demo")
          .getForEntity("/api/notifications/failed", String.class).getBody());
      JsonNode mine = null;
      for (JsonNode entry : failed) {
        if (unit.equals(entry.path("delivery").path("recipient").asText())) {
          mine = entry.get("delivery");
        }
      }
      assertThat(mine).as(failed.toString()).isNotNull();
      assertThat(mine.get("channel").asText()).isEqualTo("wechat");
      assertThat(mine.get("attempts").asInt()).isEqualTo(1);
      assertThat(mine.get("lastError").asText()).contains("40003");
      assertThat(mine.get("stateText").asText()).isEqualTo("发送失败");

      long id = mine.get("id").asLong();
      assertThat(rest.withBasicAuth("zhangwei", "demo")
          .postForEntity("/api/notifications/" + id + "/retry", null, String.class).getStatusCode().value())
          .isEqualTo(403);
      ResponseEntity<String> retried = rest.withBasicAuth("demo", "demo")
          .postForEntity("/api/notifications/" + id + "/retry", null, String.class);
      assertThat(retried.getStatusCode().value()).as(retried.getBody()).isEqualTo(200);
      assertThat(json.readTree(retried.getBody()).get("state").asText()).isEqualTo("pending");
      ResponseEntity<String> again = rest.withBasicAuth("demo", "demo")
          .postForEntity("/api/notifications/" + id + "/retry", null, String.class);
      assertThat(again.getStatusCode().value()).isEqualTo(409);
      assertThat(again.getBody()).contains("不是发送失败状态");
      assertThat(rest.withBasicAuth("demo", "demo")
          .postForEntity("/api/notifications/999999999/retry", null, String.class).getStatusCode().value())
          .isEqualTo(404);

      // The owner subscribed after all: the administrator's retry goes out.
      wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/template/send"))
          .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
      relay.drain();
      assertThat(jdbc.queryForObject("SELECT state FROM notification_outbox WHERE id = ?", String.class, id))
          .isEqualTo("sent");
      assertThat(jdbc.queryForList("SELECT outcome FROM notification_attempt WHERE outbox_id = ? ORDER BY id",
          String.class, id)).containsExactly("failed", "retry", "sent");
    } finally {
      wechat.stop();
    }
  }

  @Test
  void staffMessagesReachTheGroupsMembersByEmail() throws Exception {
    daytime();
    applicationRelay.drain();
    String group = "dispatcher";
    User member = identity.newUser("mailtest" + UUID.randomUUID().toString().substring(0, 6));
    member.setFirstName("测");
    member.setLastName("试");
    member.setEmail(member.getId() + "@example.com");
    identity.saveUser(member);
    identity.createMembership(member.getId(), group);
    try {
      JavaMailSenderImpl sender = new JavaMailSenderImpl();
      sender.setHost("127.0.0.1");
      sender.setPort(MAIL.getSmtp().getPort());
      sender.setDefaultEncoding("UTF-8");
      NotificationRelay relay = new NotificationRelay(jdbc, templates, new Recipients(jdbc, identity),
          List.of(new LogChannel(), new EmailChannel(sender, "kefu@example.com")),
          Relays.settings(List.of(Relays.route("staff", "email", "log"), Relays.route("any", "log")), 20,
              List.of("owner")), () -> ClockUtil.getCurrentTime().toInstant(), "test-relay");
      outbox.send(new Notification("mail-test:" + member.getId(), "tasklist", group, "报修BX000123(1栋)维修工未按时到场"));
      relay.drain();

      MimeMessage[] received = MAIL.getReceivedMessages();
      assertThat(received).hasSize(1);
      assertThat(received[0].getSubject()).isEqualTo("客服中心通知");
      assertThat(received[0].getAllRecipients()).extracting(Object::toString).contains(member.getEmail());
      assertThat(received[0].getContent().toString()).contains("维修工未按时到场");
    } finally {
      identity.deleteUser(member.getId());
    }
  }

  private static void daytime() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
        .toInstant()));
  }
}
