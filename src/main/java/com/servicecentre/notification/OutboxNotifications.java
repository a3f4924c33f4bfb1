package com.servicecentre.notification;

import com.servicecentre.office.OfficeOfCase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.servicecentre.common.EngineClock;
import com.servicecentre.common.InsertOnce;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Default adapter: records each message in the outbox table, in the engine's own transaction, so a message exists
 * exactly when the step that sent it committed. {@link NotificationRelay} delivers from the outbox and sets
 * sent_at; nothing here waits for a channel.
 */
public class OutboxNotifications implements NotificationPort {

  private final JdbcTemplate jdbc;
  private final NotificationTemplates templates;
  private final Function<String, String> officeNames;
  private final ObjectMapper json = new ObjectMapper();

  public OutboxNotifications(JdbcTemplate jdbc, NotificationTemplates templates) {
    this(jdbc, templates, code -> code);
  }

  /** {@code officeNames}: an office's code to its name (Offices::nameOf). */
  public OutboxNotifications(JdbcTemplate jdbc, NotificationTemplates templates,
      Function<String, String> officeNames) {
    this.jdbc = jdbc;
    this.templates = templates;
    this.officeNames = officeNames;
  }

  @Override
  public void send(Notification n) {
    Map<String, String> all = new TreeMap<>(n.fields());
    String office = OfficeOfCase.ofRunningCase(n.processInstanceId());
    if (office != null) {
      all.put(MessageType.OFFICE, office);
    }
    String officeName = office == null ? null : officeNames.apply(office);
    all.put(MessageType.OFFICE_NAME, officeName == null || officeName.isBlank() ? MessageType.NO_OFFICE : officeName);
    String message = n.message();
    if (message == null) {
      message = templates.of(n.type()).render(all).text();
    }
    if (message.length() > 1000) {
      message = message.substring(0, 999) + "…";
    }
    String fields;
    try {
      fields = json.writeValueAsString(all);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("notification fields cannot be written", e);
    }
    InsertOnce.insert(jdbc, """
        INSERT INTO notification_outbox (message_key, channel, recipient, message, created_at, message_type,
          message_fields, urgent, process_instance_id, state, attempts)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0)""", n.key(), n.channel(), n.recipient(), message,
        EngineClock.now(), n.type(), fields, n.urgent(), n.processInstanceId());
  }

  public List<Map<String, Object>> messagesFor(String keyPrefix) {
    return jdbc.queryForList(
        "SELECT * FROM notification_outbox WHERE message_key LIKE ? ORDER BY created_at, id", keyPrefix + "%");
  }
}
