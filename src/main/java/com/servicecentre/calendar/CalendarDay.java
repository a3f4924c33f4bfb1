package com.servicecentre.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date that does not follow its weekday: {@code off} a day off (放假, a statutory holiday or the centre's own),
 * otherwise a make-up working day (调休上班, usually a Saturday or Sunday), worked with the calendar's
 * {@linkplain WorkingCalendar#makeUpDayHours() make-up day hours}.
 */
public record CalendarDay(LocalDate date, String name, boolean off) {

  static final int MAX_NAME_LENGTH = 100;

  public CalendarDay {
    Objects.requireNonNull(date, "date");
    if (name == null || name.isBlank()) {
      throw CalendarRefused.field("name", "名称", "必填，如 春节、公司年会");
    }
    name = name.trim();
    if (name.length() > MAX_NAME_LENGTH) {
      throw CalendarRefused.field("name", "名称", "最多 " + MAX_NAME_LENGTH + " 个字");
    }
  }

  /** 放假 or 调休上班, as the page and the change log say it. */
  public String kind() {
    return off ? "放假" : "调休上班";
  }
}
