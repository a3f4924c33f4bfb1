package com.servicecentre.notification;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.IsoTime;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** What was sent to whom, when, how, and with what result: for a case's audit trail and the administrators. */
public class NotificationDeliveries {

  /**
   * One message: when it was written, its type, recipient, the channel and address it went (or was tried) to,
   * its state (pending, sent, failed, skipped) in words too, tries so far, when sent or given up, the last error.
   */
  public record Delivery(long id, String processInstanceId, String created, String type, String recipient,
      String message, String channel, String address, String state, String stateText, int attempts, String sentAt,
      String failedAt, String nextAttemptAt, String lastError) {}

  private final JdbcTemplate jdbc;

  public NotificationDeliveries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<Delivery> ofCase(String processInstanceId) {
    return jdbc.queryForList("SELECT * FROM notification_outbox WHERE process_instance_id = ? ORDER BY id",
        processInstanceId).stream().map(NotificationDeliveries::delivery).toList();
  }

  public List<Delivery> failed(int max) {
    return jdbc.queryForList("SELECT * FROM notification_outbox WHERE state = 'failed' ORDER BY failed_at DESC, id"
        + " DESC LIMIT ?", max).stream().map(NotificationDeliveries::delivery).toList();
  }

  public Delivery find(long id) {
    return jdbc.queryForList("SELECT * FROM notification_outbox WHERE id = ?", id).stream()
        .map(NotificationDeliveries::delivery).findFirst().orElse(null);
  }

  /** A failed message goes back to the relay as new (tries start again); false when it is not failed (any more). */
  public boolean retry(long id, String by) {
    LocalDateTime now = EngineClock.now();
    int changed = jdbc.update("UPDATE notification_outbox SET state = 'pending', attempts = 0, next_attempt_at = NULL,"
        + " failed_at = NULL, claimed_by = NULL, lease_until = NULL WHERE id = ? AND state = 'failed'", id);
    if (changed == 1) {
      jdbc.update("INSERT INTO notification_attempt (outbox_id, attempted_at, outcome, detail) VALUES (?, ?, ?, ?)",
          id, now, "retry", "管理员 " + by + " 重新发送");
    }
    return changed == 1;
  }

  private static Delivery delivery(Map<String, Object> row) {
    String state = (String) row.get("STATE");
    return new Delivery(((Number) row.get("ID")).longValue(), (String) row.get("PROCESS_INSTANCE_ID"),
        time(row.get("CREATED_AT")), row.get("MESSAGE_TYPE") == null ? MessageType.NOTICE.name()
            : (String) row.get("MESSAGE_TYPE"), (String) row.get("RECIPIENT"), (String) row.get("MESSAGE"),
        (String) row.get("DELIVERED_CHANNEL"), (String) row.get("DELIVERED_TO"), state, stateText(state, row),
        ((Number) row.get("ATTEMPTS")).intValue(), time(row.get("SENT_AT")), time(row.get("FAILED_AT")),
        time(row.get("NEXT_ATTEMPT_AT")), (String) row.get("LAST_ERROR"));
  }

  private static String stateText(String state, Map<String, Object> row) {
    return switch (state) {
      case "sent" -> "已发出";
      case "failed" -> "发送失败";
      case "skipped" -> "未发送（上线前写入）";
      default -> row.get("LAST_ERROR") != null ? "待重试" : "待发送";
    };
  }

  private static String time(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp timestamp) {
      return IsoTime.of(timestamp);
    }
    if (value instanceof LocalDateTime local) {
      return IsoTime.of(Date.from(local.atZone(EngineClock.ZONE).toInstant()));
    }
    return value.toString();
  }
}
