package com.servicecentre.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.servicecentre.database.MySqlTestDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two relays (as two application nodes would run them, each with its own connection pool) deliver one outbox at
 * the same time, on H2 and on MySQL/MariaDB: the SMS gateway's stand-in receives every row exactly once, and each
 * owner's messages in the order they were written. The MariaDB run needs the test server (see MySqlTestDatabase).
 */
class ConcurrentRelaysTest {

  private static final int RECIPIENTS = 25;
  private static final int PER_RECIPIENT = 12;
  private static final Instant NOON = ZonedDateTime.of(2026, 12, 2, 12, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
      .toInstant();

  private final WireMockServer gateway = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(20));

  @BeforeEach
  void start() {
    gateway.start();
    gateway.stubFor(post(urlPathEqualTo("/"))
        .willReturn(okJson("{\"Code\":\"OK\",\"Message\":\"OK\"}").withUniformRandomDelay(0, 4)));
  }

  @AfterEach
  void stop() {
    gateway.stop();
  }

  @Test
  void onH2() throws Exception {
    String url = "jdbc:h2:mem:relays-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (HikariDataSource first = pool(url, "sa", ""); HikariDataSource second = pool(url, "sa", "")) {
      twoRelaysSendEachRowOnce(first, second);
    }
  }

  @Test
  void onMySql() throws Exception {
    try (MySqlTestDatabase database = MySqlTestDatabase.create("CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        HikariDataSource first = pool(database.url() + "?sendFractionalSeconds=false&characterEncoding=UTF-8",
            MySqlTestDatabase.USER, MySqlTestDatabase.PASSWORD);
        HikariDataSource second = pool(database.url() + "?sendFractionalSeconds=false&characterEncoding=UTF-8",
            MySqlTestDatabase.USER, MySqlTestDatabase.PASSWORD)) {
      twoRelaysSendEachRowOnce(first, second);
    }
  }

  private void twoRelaysSendEachRowOnce(HikariDataSource first, HikariDataSource second) throws Exception {
    Flyway.configure().dataSource(first).locations("classpath:db/migration").load().migrate();
    NotificationTemplates templates = NotificationTemplates.load(new DefaultResourceLoader(),
        "classpath:notification/templates.yml", ShippedMessages.TYPES);
    JdbcTemplate writer = new JdbcTemplate(first);
    OutboxNotifications outbox = new OutboxNotifications(writer, templates);
    // Written in rounds, so that each owner's messages are spread through the table.
    for (int round = 0; round < PER_RECIPIENT; round++) {
      for (int r = 0; r < RECIPIENTS; r++) {
        outbox.send(new Notification("relay-test:" + r + ":" + round, "sms", phone(r), "第" + round + "条"));
      }
    }

    // The relays run at noon in China (no quiet hours).
    NotificationSettings settings = Relays.settings(List.of(Relays.route("owner", "sms")), 7, List.of("owner"));
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> handled = new ArrayList<>();
    for (HikariDataSource pool : List.of(first, second)) {
      JdbcTemplate jdbc = new JdbcTemplate(pool);
      NotificationRelay relay = new NotificationRelay(jdbc, templates, new Recipients(jdbc, null),
          List.of(new SmsChannel(Relays.sms(gateway.baseUrl() + "/"))), settings, () -> NOON,
          "node-" + handled.size());
      handled.add(nodes.submit(() -> {
        go.await();
        int total = 0;
        while (jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE state = 'pending'",
            Integer.class) > 0) {
          total += relay.runOnce();
        }
        return total;
      }));
    }
    go.countDown();
    int byFirst = handled.get(0).get(2, TimeUnit.MINUTES);
    int bySecond = handled.get(1).get(2, TimeUnit.MINUTES);
    nodes.shutdown();

    int rows = RECIPIENTS * PER_RECIPIENT;
    assertThat(byFirst + bySecond).isEqualTo(rows);
    assertThat(byFirst).as("both relays took part").isPositive();
    assertThat(bySecond).as("both relays took part").isPositive();
    assertThat(writer.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE state = 'sent'", Integer.class))
        .isEqualTo(rows);

    List<ServeEvent> events = new ArrayList<>(gateway.getAllServeEvents());
    assertThat(events).hasSize(rows);
    events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
    Map<String, Long> outIds = new HashMap<>();
    Map<String, List<Long>> byPhone = new HashMap<>();
    for (ServeEvent event : events) {
      Map<String, String> form = Relays.form(event.getRequest().getBodyAsString());
      assertThat(outIds.put(form.get("OutId"), 1L)).as("sent twice: row " + form.get("OutId")).isNull();
      byPhone.computeIfAbsent(form.get("PhoneNumbers"), p -> new ArrayList<>()).add(Long.parseLong(form.get("OutId")));
    }
    assertThat(byPhone).hasSize(RECIPIENTS);
    // Each owner's messages left in the order they were written (a row waits until the one before it is sent).
    for (int r = 0; r < RECIPIENTS; r++) {
      List<Long> ids = writer.queryForList("SELECT id FROM notification_outbox WHERE recipient = ? ORDER BY id",
          Long.class, phone(r));
      List<Long> sentAt = writer.queryForList("SELECT o.id FROM notification_attempt a JOIN notification_outbox o"
          + " ON o.id = a.outbox_id WHERE o.recipient = ? AND a.outcome = 'sent' ORDER BY a.id", Long.class, phone(r));
      assertThat(sentAt).isEqualTo(ids);
      assertThat(byPhone.get(phone(r))).containsExactlyInAnyOrderElementsOf(ids);
    }
  }

  private static String phone(int r) {
    return String.format("139000%05d", r);
  }

  private static HikariDataSource pool(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(3);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    return new HikariDataSource(config);
  }

}
