package com.servicecentre.handover;

import com.servicecentre.common.EngineClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An absence as a person enters it (请假/出差, from, to, deputy), read and checked without the engine. {@code from}
 * and {@code to} are days ("2026-07-20": from the start of that day, to the end of that day) or instants
 * ("2026-07-20T13:30", local China time, or with an offset). Every problem names its field, as staff read it.
 */
public record AbsenceRequest(String userId, String kind, LocalDateTime startsAt, LocalDateTime endsAt,
    String deputy, String note) {

  public static final String LEAVE = "leave";
  public static final String BUSINESS_TRIP = "business-trip";
  static final Map<String, String> KINDS = Map.of(LEAVE, "请假", BUSINESS_TRIP, "出差");
  /** An absence longer than this is a matter for the staff records, not for the task list. */
  static final int MAX_DAYS = 366;

  /** The kind as staff say it: 请假, 出差. */
  public static String kindName(String kind) {
    return KINDS.getOrDefault(kind, kind);
  }

  /**
   * Reads the entered fields; {@code now} (local China time) is the engine clock. Throws
   * {@link AbsenceRefused} naming every wrong field.
   */
  public static AbsenceRequest read(String userId, String kind, String from, String to, String deputy, String note,
      LocalDateTime now) {
    List<String> problems = new ArrayList<>();
    if (kind == null || kind.isBlank()) {
      problems.add("kind(类型): 请选择请假(leave)或出差(business-trip)");
    } else if (!KINDS.containsKey(kind.trim())) {
      problems.add("kind(类型): 只能是请假(leave)或出差(business-trip)，收到 \"" + shortened(kind) + "\"");
    }
    LocalDateTime startsAt = time(from, false, "from(开始时间)", problems);
    LocalDateTime endsAt = time(to, true, "to(结束时间)", problems);
    if (startsAt != null && endsAt != null) {
      if (!endsAt.isAfter(startsAt)) {
        problems.add("to(结束时间): 须晚于开始时间 " + startsAt.toString().replace('T', ' '));
      } else if (startsAt.plusDays(MAX_DAYS).isBefore(endsAt)) {
        problems.add("to(结束时间): 一次登记最长 " + MAX_DAYS + " 天");
      } else if (!endsAt.isAfter(now)) {
        problems.add("to(结束时间): 已经过去，无需登记");
      }
    }
    if (note != null && note.length() > 500) {
      problems.add("note(说明): 最多 500 个字");
    }
    String deputyId = deputy == null || deputy.isBlank() ? null : deputy.trim();
    if (deputyId != null && deputyId.equals(userId)) {
      problems.add("deputy(代理人): 不能是请假人本人");
    }
    if (!problems.isEmpty()) {
      throw new AbsenceRefused(400, problems);
    }
    return new AbsenceRequest(userId, kind.trim(), startsAt, endsAt, deputyId,
        note == null || note.isBlank() ? null : note.trim());
  }

  private static LocalDateTime time(String text, boolean end, String field, List<String> problems) {
    if (text == null || text.isBlank()) {
      problems.add(field + ": 请填写日期（如 2026-07-20）或时间（如 2026-07-20T13:30）");
      return null;
    }
    String value = text.trim();
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return end ? day.plusDays(1).atStartOfDay() : day.atStartOfDay();
      }
      if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:?\\d{2}$")) {
        return OffsetDateTime.parse(value.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"))
            .atZoneSameInstant(EngineClock.ZONE).toLocalDateTime();
      }
      return LocalDateTime.parse(value.replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      problems.add(field + ": \"" + shortened(value) + "\" 不是日期（如 2026-07-20）或时间（如 2026-07-20T13:30）");
      return null;
    }
  }

  private static String shortened(String text) {
    return text.length() > 30 ? text.substring(0, 30) + "…" : text;
  }
}
