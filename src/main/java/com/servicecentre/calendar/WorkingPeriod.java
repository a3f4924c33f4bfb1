package com.servicecentre.calendar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One stretch of working time within a day, from {@code startMinute} (included) to {@code endMinute} (excluded),
 * in minutes after midnight. 24:00 (1440) is the end of the day, so round the clock is 00:00-24:00. A shift across
 * midnight is two periods, 22:00-24:00 on one weekday and 00:00-06:00 on the next.
 */
public record WorkingPeriod(int startMinute, int endMinute) implements Comparable<WorkingPeriod> {

  static final int END_OF_DAY = 24 * 60;
  private static final Pattern TEXT =
      Pattern.compile("(\\d{1,2})[:：](\\d{2})\\s*[-–—~～至到]\\s*(\\d{1,2})[:：](\\d{2})");

  public WorkingPeriod {
    if (startMinute < 0 || endMinute > END_OF_DAY || startMinute >= endMinute) {
      throw new CalendarRefused("时段 " + time(startMinute) + "-" + time(endMinute) + " 无效：开始须早于结束，且在 00:00 到 24:00 之间");
    }
  }

  /** Reads "08:30-12:00"; the field and label name what was entered in the refusal. */
  static WorkingPeriod parse(String text, String field, String label) {
    Matcher m = TEXT.matcher(text.trim());
    if (!m.matches()) {
      throw CalendarRefused.field(field, label, "\"" + text.trim() + "\" 不是 08:30-12:00 这样的时段");
    }
    int start = minute(m.group(1), m.group(2), text, field, label);
    int end = minute(m.group(3), m.group(4), text, field, label);
    if (start >= end) {
      throw CalendarRefused.field(field, label, "时段 " + time(start) + "-" + time(end)
          + " 的开始不早于结束（跨午夜的班次请分两段写，如 22:00-24:00 和次日 00:00-06:00）");
    }
    return new WorkingPeriod(start, end);
  }

  private static int minute(String hours, String minutes, String text, String field, String label) {
    int h = Integer.parseInt(hours);
    int m = Integer.parseInt(minutes);
    if (h > 24 || m > 59 || (h == 24 && m > 0)) {
      throw CalendarRefused.field(field, label, "\"" + text.trim() + "\" 中的时刻 " + hours + ":" + minutes + " 不存在");
    }
    return h * 60 + m;
  }

  public boolean overlaps(WorkingPeriod other) {
    return startMinute < other.endMinute && other.startMinute < endMinute;
  }

  public int minutes() {
    return endMinute - startMinute;
  }

  @Override
  public int compareTo(WorkingPeriod other) {
    return Integer.compare(startMinute, other.startMinute);
  }

  @Override
  public String toString() {
    return time(startMinute) + "-" + time(endMinute);
  }

  static String time(int minute) {
    return String.format("%02d:%02d", minute / 60, minute % 60);
  }
}
