package com.servicecentre.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.servicecentre.calendar.CalendarDay;
import com.servicecentre.calendar.CalendarRefused;
import com.servicecentre.calendar.DayHours;
import com.servicecentre.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits as the tables write them, counted on the office calendar; engine-free. */
class TimeLimitTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final WorkingCalendar OFFICE = office();

  static WorkingCalendar office() {
    Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY)) {
      week.put(d, DayHours.parse("08:30-12:00,13:30-17:30", "hours", "工作时间"));
    }
    List<CalendarDay> days = List.of(new CalendarDay(LocalDate.of(2026, 2, 14), "春节", false),
        new CalendarDay(LocalDate.of(2026, 2, 15), "春节", true), new CalendarDay(LocalDate.of(2026, 2, 16), "春节", true));
    return new WorkingCalendar("office-hours", BEIJING, week, days);
  }

  static String due(String limit, String start) {
    Instant at = LocalDateTime.parse(start).atZone(BEIJING).toInstant();
    return LocalDateTime.ofInstant(TimeLimit.parse(limit).dueFrom(OFFICE, at), BEIJING).toString();
  }

  @Test
  void workingHoursSkipEveningsAndCountAMakeUpSaturday() {
    assertThat(due("2工作小时", "2026-02-13T17:00")).isEqualTo("2026-02-14T10:00");
    assertThat(due("0.5工作小时", "2026-03-02T11:45")).isEqualTo("2026-03-02T13:45");
  }

  @Test
  void workingDaysEndAtTheEndOfTheNthWorkingDay() {
    assertThat(due("1工作日", "2026-03-02T10:00")).isEqualTo("2026-03-02T17:30");
    assertThat(due("2个工作日", "2026-03-06T10:00")).isEqualTo("2026-03-09T17:30");
    assertThat(due("3工作日内", "2026-03-02T10:00")).isEqualTo("2026-03-05T17:30");
  }

  @Test
  void aMinorRepairAfterTheCutOffIsDueAtTheEndOfTheNextWorkingDay() {
    assertThat(due("当天下班前(16:00后次日)", "2026-03-02T15:59")).isEqualTo("2026-03-02T17:30");
    assertThat(due("当天下班前(16:00后次日)", "2026-03-02T16:00")).isEqualTo("2026-03-03T17:30");
    assertThat(due("当天下班前（16:00后报的次日）", "2026-03-06T16:30")).isEqualTo("2026-03-09T17:30");
    assertThat(due("当天下班前", "2026-03-02T17:00")).isEqualTo("2026-03-02T17:30");
  }

  @Test
  void aLimitNobodyCanReadIsRefusedInChinese() {
    assertThatThrownBy(() -> TimeLimit.parse("48h")).isInstanceOf(CalendarRefused.class)
        .hasMessageContaining("不是可识别的时限").hasMessageContaining("2工作小时");
    assertThatThrownBy(() -> TimeLimit.parse("0工作日")).hasMessageContaining("至少为 1");
    assertThatThrownBy(() -> TimeLimit.parse("当天下班前(25:00后次日)")).hasMessageContaining("不是钟点");
    assertThatThrownBy(() -> TimeLimit.parse(null)).hasMessageContaining("缺少时限");
  }

  @Test
  void theWarningComesAtAShareOfTheWorkingTimeOrHoursBeforeTheDueTime() {
    Instant start = LocalDateTime.parse("2026-02-13T17:00").atZone(BEIJING).toInstant();
    Instant due = TimeLimit.parse("2工作小时").dueFrom(OFFICE, start);
    assertThat(LocalDateTime.ofInstant(WarningRule.parse("75%").warningAt(OFFICE, start, due), BEIJING))
        .hasToString("2026-02-14T09:30");
    assertThat(LocalDateTime.ofInstant(WarningRule.parse("1工作小时前").warningAt(OFFICE, start, due), BEIJING))
        .hasToString("2026-02-14T09:00");
    assertThat(WarningRule.parse("3工作小时前").warningAt(OFFICE, start, due)).isEqualTo(start);
    assertThatThrownBy(() -> WarningRule.parse("soon")).hasMessageContaining("不是预警时点");
  }
}
