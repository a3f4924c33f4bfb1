package com.servicecentre.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WeChat template messages against a local stand-in for WeChat's API: the access token's life. */
class WechatChannelTest {

  private final WireMockServer wechat = new WireMockServer(wireMockConfig().dynamicPort());
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T02:00:00Z"));
  private WechatChannel channel;

  private static final MessageTemplate MESSAGE = new MessageTemplate("repair-arrived", "维修师傅已到场", null, null,
      Map.of(), "tmpl-arrived", null, Map.of("keyword1", "BX000001", "keyword2", "刘强"));

  @BeforeEach
  void start() {
    wechat.start();
    wechat.stubFor(get(urlPathEqualTo("/cgi-bin/token")).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"access_token\":\"TOKEN-1\",\"expires_in\":7200}")).willSetStateTo("second"));
    wechat.stubFor(get(urlPathEqualTo("/cgi-bin/token")).inScenario("tokens").whenScenarioStateIs("second")
        .willReturn(okJson("{\"access_token\":\"TOKEN-2\",\"expires_in\":7200}")).willSetStateTo("third"));
    wechat.stubFor(get(urlPathEqualTo("/cgi-bin/token")).inScenario("tokens").whenScenarioStateIs("third")
        .willReturn(okJson("{\"access_token\":\"TOKEN-3\",\"expires_in\":7200}")));
    channel = new WechatChannel(Relays.wechat(wechat.baseUrl()), now::get);
  }

  @AfterEach
  void stop() {
    wechat.stop();
  }

  @Test
  void anExpiredTokenIsFetchedAgainOnceAndTheMessageSent() {
    wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/template/send"))
        .withQueryParam("access_token", equalTo("TOKEN-1"))
        .willReturn(okJson("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}")));
    wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/template/send"))
        .withQueryParam("access_token", equalTo("TOKEN-2"))
        .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":1}")));

    channel.deliver("o-owner-1", MESSAGE, 1);
    channel.deliver("o-owner-1", MESSAGE, 2);

    wechat.verify(2, getRequestedFor(urlPathEqualTo("/cgi-bin/token")));
    wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/message/template/send"))
        .withQueryParam("access_token", equalTo("TOKEN-1")));
    wechat.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/message/template/send"))
        .withQueryParam("access_token", equalTo("TOKEN-2"))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.touser",
            equalTo("o-owner-1")))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.data.keyword2.value",
            equalTo("刘强"))));
  }

  @Test
  void theTokenIsKeptUntilShortlyBeforeItExpires() {
    wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/template/send"))
        .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
    channel.deliver("o-owner-1", MESSAGE, 1);
    now.set(now.get().plus(Duration.ofMinutes(114)));
    channel.deliver("o-owner-1", MESSAGE, 2);
    wechat.verify(1, getRequestedFor(urlPathEqualTo("/cgi-bin/token")));
    now.set(now.get().plus(Duration.ofMinutes(2)));
    channel.deliver("o-owner-1", MESSAGE, 3);
    wechat.verify(2, getRequestedFor(urlPathEqualTo("/cgi-bin/token")));
  }

  @Test
  void anUnknownRecipientIsAPermanentFailureWithoutTheSecretOrToken() {
    wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/template/send"))
        .willReturn(okJson("{\"errcode\":40003,\"errmsg\":\"invalid openid\"}")));
    assertThatThrownBy(() -> channel.deliver("o-nobody", MESSAGE, 1))
        .isInstanceOfSatisfying(DeliveryFailed.class, failed -> {
          assertThat(failed.permanent()).isTrue();
          assertThat(failed.getMessage()).contains("40003").doesNotContain("TOKEN").doesNotContain("secret");
        });
    wechat.verify(1, getRequestedFor(urlPathEqualTo("/cgi-bin/token")));
  }
}
