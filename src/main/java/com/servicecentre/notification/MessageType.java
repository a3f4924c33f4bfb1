package com.servicecentre.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A kind of message (报修已派工, 维修工已到场 …): who it is for and the case's fields its templates may use. The
 * templates (notification/templates.yml) are checked against these fields at start-up, and a message is refused
 * when it lacks one of them, so no owner ever reads a blank where a value belongs.
 */
public record MessageType(String name, String audience, Set<String> fields) {

  /**
   * The name of the case's office (翠湖花园管理处), which every template may use: the outbox adds it to each message,
   * with the office's code ({@link #OFFICE}), which says whose staff a message to a group goes to. A message of no
   * case reads {@link #NO_OFFICE}.
   */
  public static final String OFFICE_NAME = "officeName";
  public static final String OFFICE = "office";
  public static final String NO_OFFICE = "客服中心";

  /** What a model's {@code sendNotification} step composes itself: one text. */
  public static final MessageType NOTICE = new MessageType("notice", "any", Set.of("message"));

  public static MessageType of(String name, String audience, String... fields) {
    return new MessageType(name, audience, Set.of(fields));
  }

  void check(Map<String, String> values) {
    List<String> missing = new ArrayList<>();
    for (String field : fields) {
      String value = values.get(field);
      if (value == null || value.isBlank()) {
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("message " + name + " lacks the field(s) " + missing.stream().sorted().toList());
    }
  }
}
