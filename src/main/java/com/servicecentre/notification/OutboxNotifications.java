package com.servicecentre.notification;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.InsertOnce;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Default adapter: records each message in the outbox table, in the engine's own transaction, so a message exists
 * exactly when the step that sent it committed. A gateway (SMS, WeCom) delivers from the outbox and sets sent_at.
 */
@Component
public class OutboxNotifications implements NotificationPort {

  private final JdbcTemplate jdbc;

  public OutboxNotifications(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void send(Notification n) {
    InsertOnce.insert(jdbc, """
        INSERT INTO notification_outbox (message_key, channel, recipient, message, created_at)
        VALUES (?, ?, ?, ?, ?)""", n.key(), n.channel(), n.recipient(), n.message(), EngineClock.now());
  }

  public List<Map<String, Object>> messagesFor(String keyPrefix) {
    return jdbc.queryForList(
        "SELECT * FROM notification_outbox WHERE message_key LIKE ? ORDER BY created_at, id", keyPrefix + "%");
  }
}
