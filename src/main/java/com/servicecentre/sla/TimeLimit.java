package com.servicecentre.sla;

import com.servicecentre.calendar.CalendarRefused;
import com.servicecentre.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit as the service centre speaks it, written so in the decision tables:
 * <ul>
 *   <li>{@code 2工作小时} (also {@code 0.5工作小时}): N working hours;</li>
 *   <li>{@code 1工作日}, {@code 2个工作日}: by the end of the Nth working day, today counting as the first when
 *       reported during today's work;</li>
 *   <li>{@code 3工作日内}: within N working days, today not counted (大修不过三);</li>
 *   <li>{@code 当天下班前}, {@code 当天下班前(16:00后次日)}: before the end of today's working day, or of the next
 *       working day when reported after the cut-off (小修不过夜).</li>
 * </ul>
 * Engine-free: the due date is counted on a {@link WorkingCalendar} from a start instant.
 */
public sealed interface TimeLimit {

  /** What a manager may write, shown in every refusal. */
  String EXAMPLES = "如 2工作小时、0.5工作小时、1工作日、3工作日内、当天下班前、当天下班前(16:00后次日)";

  Pattern HOURS = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,2})?)\\s*个?工作小时");
  Pattern WITHIN_DAYS = Pattern.compile("(\\d{1,3})\\s*个?工作日内");
  Pattern DAYS = Pattern.compile("(\\d{1,3})\\s*个?工作日");
  Pattern SAME_DAY = Pattern.compile("当天下班前(?:\\s*[(（]\\s*(\\d{1,2}:\\d{2})\\s*后(?:报的?)?次日\\s*[)）])?");

  /** The due instant of this limit started at {@code start}, counted on the calendar. */
  Instant dueFrom(WorkingCalendar calendar, Instant start);

  /** The limit as written. */
  String text();

  static TimeLimit parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw CalendarRefused.field("limit", "时限", "缺少时限（" + EXAMPLES + "）");
    }
    Matcher m;
    if ((m = HOURS.matcher(t)).matches()) {
      long minutes = Math.round(Double.parseDouble(m.group(1)) * 60);
      return new WorkingHours(t, Duration.ofMinutes(minutes));
    }
    if ((m = WITHIN_DAYS.matcher(t)).matches()) {
      return new WithinWorkingDays(t, positive(m.group(1), t));
    }
    if ((m = DAYS.matcher(t)).matches()) {
      return new WorkingDays(t, positive(m.group(1), t));
    }
    if ((m = SAME_DAY.matcher(t)).matches()) {
      LocalTime cutOff = null;
      if (m.group(1) != null) {
        try {
          cutOff = LocalTime.parse(m.group(1).length() == 4 ? "0" + m.group(1) : m.group(1));
        } catch (DateTimeParseException e) {
          throw CalendarRefused.field("limit", "时限", "\"" + t + "\" 中的 " + m.group(1) + " 不是钟点");
        }
      }
      return new SameWorkingDay(t, cutOff);
    }
    throw CalendarRefused.field("limit", "时限", "\"" + (t.length() > 30 ? t.substring(0, 30) + "…" : t)
        + "\" 不是可识别的时限（" + EXAMPLES + "）");
  }

  private static int positive(String digits, String text) {
    int n = Integer.parseInt(digits);
    if (n < 1) {
      throw CalendarRefused.field("limit", "时限", "\"" + text + "\": 工作日数须至少为 1");
    }
    return n;
  }

  /** N working hours. */
  record WorkingHours(String text, Duration length) implements TimeLimit {
    @Override
    public Instant dueFrom(WorkingCalendar calendar, Instant start) {
      return calendar.plusWorkingTime(start, length);
    }
  }

  /** By the end of the Nth working day. */
  record WorkingDays(String text, int days) implements TimeLimit {
    @Override
    public Instant dueFrom(WorkingCalendar calendar, Instant start) {
      return calendar.endOfNthWorkingDay(start, days);
    }
  }

  /** Within N working days, the start's own day not counted. */
  record WithinWorkingDays(String text, int days) implements TimeLimit {
    @Override
    public Instant dueFrom(WorkingCalendar calendar, Instant start) {
      return calendar.withinWorkingDays(start, days);
    }
  }

  /** Before the end of today's working day, or the next one after the cut-off. */
  record SameWorkingDay(String text, LocalTime cutOff) implements TimeLimit {
    @Override
    public Instant dueFrom(WorkingCalendar calendar, Instant start) {
      return calendar.endOfWorkingDayOrNext(start, cutOff);
    }
  }
}
