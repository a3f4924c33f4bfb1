package com.servicecentre.sla;

import com.servicecentre.calendar.CalendarRefused;
import com.servicecentre.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a timed step warns before its due time (即将超时): after a share of its working time ({@code 75%}), or a number
 * of working hours before the due time ({@code 1工作小时前}). The Tasklist filter 即将超时 shows a task from this
 * instant on (it is the task's follow-up date), the warning timer fires at it. Engine-free.
 */
public record WarningRule(String text, Integer percent, Duration before) {

  private static final Pattern PERCENT = Pattern.compile("(\\d{1,2})\\s*%");
  private static final Pattern BEFORE = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)\\s*个?工作小时前");

  public static WarningRule parse(String text) {
    String t = text == null ? "" : text.strip();
    Matcher m;
    if ((m = PERCENT.matcher(t)).matches() && Integer.parseInt(m.group(1)) > 0) {
      return new WarningRule(t, Integer.parseInt(m.group(1)), null);
    }
    if ((m = BEFORE.matcher(t)).matches()) {
      return new WarningRule(t, null, Duration.ofMinutes(Math.round(Double.parseDouble(m.group(1)) * 60)));
    }
    throw CalendarRefused.field("service-centre.service-levels.warning", "预警时点",
        "\"" + t + "\" 不是预警时点（如 75% 或 1工作小时前）");
  }

  /**
   * The warning instant of a limit from {@code start} to {@code due}: the working time between them is what the
   * share or the hours before are taken of. A limit shorter than the hours before warns at its start.
   */
  public Instant warningAt(WorkingCalendar calendar, Instant start, Instant due) {
    if (!due.isAfter(start)) {
      return due;
    }
    Duration total = calendar.workingTimeBetween(start, due);
    Duration elapsed = percent != null
        ? Duration.ofSeconds(total.getSeconds() * percent / 100)
        : total.compareTo(before) > 0 ? total.minus(before) : Duration.ZERO;
    return elapsed.isZero() ? start : calendar.plusWorkingTime(start, elapsed);
  }
}
