package com.servicecentre.notification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.servicecentre.common.EngineClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Delivers the outbox. Each run claims a batch of due rows for this node (an UPDATE that sets the claim and a lease
 * only where no other live claim is, so two nodes on one database never hold the same row), sends each through
 * the first channel of its route that the recipient's record allows, and records the outcome on the row: sent, or
 * the error and the next try after 1 min, 5 min, 30 min, 2 h, then failed (shown to administrators, who may retry).
 *
 * <p>Order: a row is due only when no earlier row to the same recipient is still pending, so messages reach a
 * person in the order the cases wrote them; an urgent row passes earlier non-urgent ones (an emergency is not held
 * behind a message waiting for the morning). Non-urgent messages to owners wait through quiet hours.
 *
 * <p>Exactly once as far as the channel allows: a row is sent by one node at a time, and marked sent right after.
 * A node that dies between sending and marking leaves the row claimed until its lease ends; another node then
 * sends it again (the SMS carries the row's id as OutId to trace such a case). The writer of a row never waits for
 * a channel: the relay runs on its own schedule, outside the cases' transactions.
 */
public class NotificationRelay {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationRelay.class);
  private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final NotificationTemplates templates;
  private final Recipients recipients;
  private final Map<String, DeliveryChannel> channels;
  private final NotificationSettings settings;
  private final Supplier<Instant> clock;
  private final String node;
  private final ObjectMapper json = new ObjectMapper();

  public NotificationRelay(JdbcTemplate jdbc, NotificationTemplates templates, Recipients recipients,
      List<DeliveryChannel> channels, NotificationSettings settings, Supplier<Instant> clock, String node) {
    this.jdbc = jdbc;
    this.templates = templates;
    this.recipients = recipients;
    this.channels = channels.stream().collect(Collectors.toMap(DeliveryChannel::name, c -> c));
    this.settings = settings;
    this.clock = clock;
    this.node = node;
    checkRoutes();
  }

  /** Every channel a route names exists, and every message type it may carry has a template for it. */
  private void checkRoutes() {
    for (NotificationSettings.Route route : settings.routes()) {
      if (route.audience() == null || route.channels() == null || route.channels().isEmpty()) {
        throw new IllegalStateException("service-centre.notification.routes：每条路由需要 audience 和 channels");
      }
      for (String channel : route.channels()) {
        if (!channels.containsKey(channel)) {
          throw new IllegalStateException("service-centre.notification.routes：渠道 " + channel + " 未配置（"
              + switch (channel) {
                case "sms" -> "需要 service-centre.notification.sms.access-key-id、access-key-secret、sign-name";
                case "wechat" -> "需要 service-centre.notification.wechat.app-id、app-secret";
                case "email" -> "需要 spring.mail.host 和 service-centre.notification.email.from";
                default -> "可用：log、email、sms、wechat";
              } + "）");
        }
      }
      if (route.type() != null && templates.type(route.type()) == null) {
        throw new IllegalStateException("service-centre.notification.routes：没有消息类型 " + route.type());
      }
    }
    for (MessageType type : templates.types()) {
      for (String audience : List.of(Audiences.STAFF, Audiences.OWNER, Audiences.OUTSIDE_COMPANY)) {
        if ("any".equals(type.audience()) || type.audience().equals(audience)) {
          templates.checkChannels(type.name(), settings.channelsFor(audience, type.name()));
        }
      }
    }
  }

  /** Runs until nothing is due now (at most 50 batches): what the schedule and the tests call. */
  public int drain() {
    int handled = 0;
    for (int batch = 0; batch < 50; batch++) {
      int n = runOnce();
      handled += n;
      if (n == 0) {
        break;
      }
    }
    return handled;
  }

  /** Claims one batch of due rows and delivers it; the number of rows handled. */
  public int runOnce() {
    LocalDateTime now = local(clock.get());
    List<Long> due = jdbc.queryForList("""
        SELECT o.id FROM notification_outbox o
        WHERE o.state = 'pending' AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)
          AND (o.lease_until IS NULL OR o.lease_until < ?)
          AND NOT EXISTS (SELECT 1 FROM notification_outbox e WHERE e.recipient = o.recipient
            AND e.state = 'pending' AND e.id < o.id AND (o.urgent = FALSE OR e.urgent = TRUE))
        ORDER BY o.id LIMIT ?""", Long.class, now, now, settings.relay().batchSize());
    if (due.isEmpty()) {
      return 0;
    }
    String claim = node + "/" + UUID.randomUUID().toString().substring(0, 8);
    String ids = due.stream().map(String::valueOf).collect(Collectors.joining(","));
    jdbc.update("UPDATE notification_outbox SET claimed_by = ?, lease_until = ? WHERE id IN (" + ids + ")"
        + " AND state = 'pending' AND (lease_until IS NULL OR lease_until < ?)",
        claim, now.plus(settings.relay().lease()), now);
    List<Map<String, Object>> claimed = jdbc.queryForList(
        "SELECT * FROM notification_outbox WHERE claimed_by = ? AND state = 'pending' ORDER BY id", claim);
    for (Map<String, Object> row : claimed) {
      deliver(row, claim);
    }
    return claimed.size();
  }

  private void deliver(Map<String, Object> row, String claim) {
    long id = ((Number) row.get("ID")).longValue();
    String audience = Audiences.of((String) row.get("CHANNEL"));
    String type = row.get("MESSAGE_TYPE") == null ? MessageType.NOTICE.name() : (String) row.get("MESSAGE_TYPE");
    boolean urgent = Boolean.TRUE.equals(row.get("URGENT")) || Integer.valueOf(1).equals(row.get("URGENT"));
    Instant now = clock.get();

    Instant quietUntil = urgent ? null : quietUntil(audience, now);
    if (quietUntil != null) {
      jdbc.update("UPDATE notification_outbox SET next_attempt_at = ?, claimed_by = NULL, lease_until = NULL"
          + " WHERE id = ? AND claimed_by = ?", local(quietUntil), id, claim);
      attempt(id, now, null, null, "held", "免打扰时段，" + settings.quietHours().end() + " 后发送");
      return;
    }

    String channelName = null;
    String address = null;
    try {
      Map<String, String> fields = fields(row);
      Recipient recipient = recipients.of(audience, (String) row.get("RECIPIENT"), fields.get(MessageType.OFFICE));
      List<String> route = settings.channelsFor(audience, type);
      for (String candidate : route) {
        String reachable = channels.get(candidate).addressOf(recipient);
        if (reachable != null && !reachable.isBlank()) {
          channelName = candidate;
          address = reachable;
          break;
        }
      }
      if (channelName == null) {
        throw new DeliveryFailed("收件人记录中没有 " + String.join("、", route) + " 可用的联系方式", true);
      }
      MessageTemplate message = templates.of(type).render(fields);
      channels.get(channelName).deliver(address, message, id);
    } catch (DeliveryFailed failed) {
      failed(id, claim, row, now, channelName, address, failed.getMessage(), failed.permanent());
      return;
    } catch (RuntimeException unexpected) {
      String errorId = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("Notification {} could not be sent, error {}", id, errorId, unexpected);
      failed(id, claim, row, now, channelName, address, "发送出错，错误编号 " + errorId, false);
      return;
    }
    int marked = jdbc.update("UPDATE notification_outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1,"
        + " delivered_channel = ?, delivered_to = ?, last_error = NULL, claimed_by = NULL, lease_until = NULL"
        + " WHERE id = ? AND claimed_by = ?", local(now), channelName, address, id, claim);
    if (marked == 0) {
      LOG.warn("Notification {} was sent after its claim had expired: another node may send it too", id);
    }
    attempt(id, now, channelName, address, "sent", null);
  }

  private void failed(long id, String claim, Map<String, Object> row, Instant now, String channel, String address,
      String reason, boolean permanent) {
    int attempts = ((Number) row.get("ATTEMPTS")).intValue() + 1;
    List<Duration> backoff = settings.relay().backoff();
    boolean giveUp = permanent || attempts > backoff.size();
    if (giveUp) {
      jdbc.update("UPDATE notification_outbox SET state = 'failed', failed_at = ?, attempts = ?, last_error = ?,"
          + " delivered_channel = ?, delivered_to = ?, claimed_by = NULL, lease_until = NULL"
          + " WHERE id = ? AND claimed_by = ?", local(now), attempts, cut(reason), channel, address, id, claim);
      LOG.warn("Notification {} failed after {} attempt(s) and is flagged for an administrator: {}", id, attempts,
          reason);
    } else {
      jdbc.update("UPDATE notification_outbox SET attempts = ?, last_error = ?, next_attempt_at = ?,"
          + " delivered_channel = ?, delivered_to = ?, claimed_by = NULL, lease_until = NULL"
          + " WHERE id = ? AND claimed_by = ?", attempts, cut(reason), local(now.plus(backoff.get(attempts - 1))),
          channel, address, id, claim);
    }
    attempt(id, now, channel, address, giveUp ? "failed" : "retry", reason);
  }

  /** The end of the quiet hours when a non-urgent message to this audience must wait now, else null. */
  Instant quietUntil(String audience, Instant now) {
    NotificationSettings.QuietHours quiet = settings.quietHours();
    if (!quiet.audiences().contains(audience) || quiet.start().equals(quiet.end())) {
      return null;
    }
    ZonedDateTime local = now.atZone(quiet.zone());
    LocalTime time = local.toLocalTime();
    boolean overnight = quiet.start().isAfter(quiet.end());
    boolean inside = overnight
        ? !time.isBefore(quiet.start()) || time.isBefore(quiet.end())
        : !time.isBefore(quiet.start()) && time.isBefore(quiet.end());
    if (!inside) {
      return null;
    }
    ZonedDateTime end = local.with(quiet.end());
    return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
  }

  private Map<String, String> fields(Map<String, Object> row) {
    Object stored = row.get("MESSAGE_FIELDS");
    Map<String, String> fields = new HashMap<>();
    if (stored == null) {
      fields.put("message", (String) row.get("MESSAGE"));
    } else {
      try {
        fields.putAll(json.readValue(stored.toString(), FIELDS));
      } catch (IOException e) {
        throw new DeliveryFailed("消息字段无法读取", true);
      }
    }
    // Rows written before offices name none.
    fields.putIfAbsent(MessageType.OFFICE_NAME, MessageType.NO_OFFICE);
    return fields;
  }

  private void attempt(long id, Instant at, String channel, String address, String outcome, String detail) {
    jdbc.update("INSERT INTO notification_attempt (outbox_id, attempted_at, channel, address, outcome, detail, node)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, local(at), channel, cut(address), outcome, cut(detail), node);
  }

  private static String cut(String text) {
    return text == null || text.length() <= 500 ? text : text.substring(0, 500);
  }

  static LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, EngineClock.ZONE);
  }
}
