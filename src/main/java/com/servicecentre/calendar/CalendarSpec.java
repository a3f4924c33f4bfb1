package com.servicecentre.calendar;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A calendar to add, from calendars.yml at start-up or from a manager: its name (the id rules use), the title
 * staff read, the time zone its hours are read in, whether it follows China's statutory days, and its hours.
 */
public record CalendarSpec(String name, String title, ZoneId zone, boolean statutoryDays,
    Map<DayOfWeek, DayHours> hours) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");
  static final int MAX_TITLE_LENGTH = 100;

  public CalendarSpec {
    if (name == null || !NAME.matcher(name).matches()) {
      throw CalendarRefused.field("name", "日历名称", "\"" + CalendarInput.shortened(String.valueOf(name))
          + "\" 无效：须以小写字母开头，只用小写字母、数字和连字符，2 到 40 个字符，如 office-hours");
    }
    if (title == null || title.isBlank()) {
      throw CalendarRefused.field("title", "日历标题", "必填，如 办公时间（客服中心）");
    }
    title = title.trim();
    if (title.length() > MAX_TITLE_LENGTH) {
      throw CalendarRefused.field("title", "日历标题", "最多 " + MAX_TITLE_LENGTH + " 个字");
    }
    zone = zone == null ? WorkingCalendar.DEFAULT_ZONE : zone;
    hours = Map.copyOf(hours);
    // The calendar's own checks (at least one weekday with work) refuse it before anything is stored.
    new WorkingCalendar(name, zone, hours, List.of());
  }
}
