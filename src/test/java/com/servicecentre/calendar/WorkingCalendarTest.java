package com.servicecentre.calendar;

import static com.servicecentre.calendar.Calendars.at;
import static com.servicecentre.calendar.Calendars.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Calendar arithmetic at the hard places, on the office calendar with China's real statutory days of 2025 and 2026
 * (from the State Council notices) and on the 24-hour duty calendar. Times are Beijing time.
 */
class WorkingCalendarTest {

  static final WorkingCalendar OFFICE = Calendars.office();
  static final WorkingCalendar DUTY = Calendars.duty();

  static String plusHours(WorkingCalendar calendar, String start, double hours) {
    return beijing(calendar.plusWorkingHours(at(start), hours));
  }

  @Nested
  class WorkingHours {

    @Test
    void theIssuesComplaintTakenFridayEveningBeforeSpringFestivalIsDueOnTheMakeUpSaturday() {
      // The State Council's 2026 notice makes Saturday 14 February a working day (春节 调休上班).
      assertThat(OFFICE.day(LocalDate.parse("2026-02-14"))).contains(
          new CalendarDay(LocalDate.parse("2026-02-14"), "春节", false));
      // Friday 17:00–17:30 is half an hour, the other 1.5 hours on the make-up Saturday from 08:30.
      assertThat(plusHours(OFFICE, "2026-02-13T17:00", 2)).isEqualTo("2026-02-14T10:00");
    }

    @Test
    void aLimitStartingAfterHoursStartsCountingNextMorning() {
      assertThat(plusHours(OFFICE, "2026-03-02T18:00", 2)).isEqualTo("2026-03-03T10:30");
      assertThat(plusHours(OFFICE, "2026-03-02T07:00", 1)).isEqualTo("2026-03-02T09:30");
    }

    @Test
    void aLimitStartingDuringLunchStartsCountingAt1330() {
      assertThat(plusHours(OFFICE, "2026-03-02T12:30", 1)).isEqualTo("2026-03-02T14:30");
      // Running into lunch: 11:00–12:00 is one hour, the second from 13:30.
      assertThat(plusHours(OFFICE, "2026-03-02T11:00", 2)).isEqualTo("2026-03-02T14:30");
    }

    @Test
    void aLimitEndingExactlyWhereWorkEndsIsDueThenNotNextMorning() {
      assertThat(plusHours(OFFICE, "2026-03-06T15:30", 2)).isEqualTo("2026-03-06T17:30");
      assertThat(plusHours(OFFICE, "2026-03-02T08:30", 3.5)).isEqualTo("2026-03-02T12:00");
    }

    @Test
    void aLimitStartingOnAWeekendStartsCountingOnMonday() {
      assertThat(plusHours(OFFICE, "2026-03-07T10:00", 2)).isEqualTo("2026-03-09T10:30");
      assertThat(plusHours(OFFICE, "2026-03-08T23:59", 0.5)).isEqualTo("2026-03-09T09:00");
    }

    @Test
    void aLimitStartingOnAStatutoryDayOffStartsCountingOnTheNextWorkingDay() {
      // 国庆节 2026: 1–7 October off; Thursday 8 October is a working day.
      assertThat(plusHours(OFFICE, "2026-10-01T10:00", 1)).isEqualTo("2026-10-08T09:30");
      // 清明节 2026: Saturday 4 to Monday 6 April off.
      assertThat(plusHours(OFFICE, "2026-04-03T17:00", 1)).isEqualTo("2026-04-07T09:00");
    }

    @Test
    void makeUpSaturdaysAreWorkedWithMondaysHours() {
      assertThat(OFFICE.hoursOn(LocalDate.parse("2026-02-28"))).hasToString("08:30-12:00,13:30-17:30");
      assertThat(plusHours(OFFICE, "2026-02-28T09:00", 1)).isEqualTo("2026-02-28T10:00");
      assertThat(plusHours(OFFICE, "2026-02-27T17:00", 1)).isEqualTo("2026-02-28T09:00");
      assertThat(plusHours(OFFICE, "2026-02-28T12:15", 1)).isEqualTo("2026-02-28T14:30");
      // An ordinary Saturday a week later is not worked.
      assertThat(plusHours(OFFICE, "2026-03-06T17:00", 1)).isEqualTo("2026-03-09T09:00");
    }

    @Test
    void acrossSpringFestival2026() {
      // The make-up Saturday's last hour, then 15–23 February off, then Tuesday 24 February.
      assertThat(plusHours(OFFICE, "2026-02-14T16:30", 2)).isEqualTo("2026-02-24T09:30");
      assertThat(plusHours(OFFICE, "2026-02-18T10:00", 1)).isEqualTo("2026-02-24T09:30");
    }

    @Test
    void acrossNationalDayAndMidAutumn2026() {
      // 中秋节 25–27 September off: Thursday 24 September 16:00 + 5 h ends Monday 28 September at noon.
      assertThat(plusHours(OFFICE, "2026-09-24T16:00", 5)).isEqualTo("2026-09-28T12:00");
      assertThat(plusHours(OFFICE, "2026-09-30T17:00", 1)).isEqualTo("2026-10-08T09:00");
      // Sunday 20 September and Saturday 10 October are make-up working days.
      assertThat(plusHours(OFFICE, "2026-09-19T10:00", 1)).isEqualTo("2026-09-20T09:30");
      assertThat(plusHours(OFFICE, "2026-10-09T17:00", 1)).isEqualTo("2026-10-10T09:00");
    }

    @Test
    void acrossTheYearEnd() {
      // 元旦 2026: 1–3 January off, Sunday 4 January a make-up working day.
      assertThat(plusHours(OFFICE, "2025-12-31T17:00", 2)).isEqualTo("2026-01-04T10:00");
      assertThat(plusHours(OFFICE, "2025-12-31T17:00", 9)).isEqualTo("2026-01-05T09:30");
    }

    @Test
    void theDutyCalendarCountsEveryHourOfEveryDayHolidaysIncluded() {
      assertThat(plusHours(DUTY, "2026-02-13T17:00", 2)).isEqualTo("2026-02-13T19:00");
      assertThat(plusHours(DUTY, "2026-02-16T23:00", 2)).isEqualTo("2026-02-17T01:00");
      assertThat(plusHours(DUTY, "2026-09-30T17:00", 48)).isEqualTo("2026-10-02T17:00");
      assertThat(plusHours(OFFICE, "2026-09-30T17:00", 48)).isEqualTo("2026-10-15T11:00");
    }

    @Test
    void hoursAsANumberCountToTheMinuteAndZeroIsDueAtTheStart() {
      assertThat(plusHours(OFFICE, "2026-03-02T17:00", 0.75)).isEqualTo("2026-03-03T08:45");
      assertThat(OFFICE.plusWorkingTime(at("2026-03-07T10:00"), Duration.ZERO)).isEqualTo(at("2026-03-07T10:00"));
      assertThat(beijing(OFFICE.plusWorkingTime(at("2026-03-02T17:00"), Duration.ofMinutes(45))))
          .isEqualTo("2026-03-03T08:45");
    }

    @Test
    void aNegativeLimitIsRefused() {
      assertThatThrownBy(() -> OFFICE.plusWorkingTime(at("2026-03-02T10:00"), Duration.ofHours(-1)))
          .isInstanceOf(CalendarRefused.class).hasMessageContaining("limit(时限)");
      assertThatThrownBy(() -> OFFICE.plusWorkingHours(at("2026-03-02T10:00"), -2))
          .isInstanceOf(CalendarRefused.class).hasMessageContaining("hours(工作小时数)");
    }
  }

  @Nested
  class WorkingDays {

    @Test
    void theStartsOwnDayCountsWhenWorkIsLeftOnIt() {
      assertThat(beijing(OFFICE.endOfNthWorkingDay(at("2026-03-02T10:00"), 1))).isEqualTo("2026-03-02T17:30");
      assertThat(beijing(OFFICE.endOfNthWorkingDay(at("2026-03-02T07:00"), 1))).isEqualTo("2026-03-02T17:30");
      assertThat(beijing(OFFICE.endOfNthWorkingDay(at("2026-03-02T17:29"), 1))).isEqualTo("2026-03-02T17:30");
      assertThat(beijing(OFFICE.endOfNthWorkingDay(at("2026-03-02T10:00"), 3))).isEqualTo("2026-03-04T17:30");
    }

    @Test
    void aStartAtOrAfterTheEndOfWorkOrOnADayOffCountsFromTheNextWorkingDay() {
      assertThat(beijing(OFFICE.endOfNthWorkingDay(at("2026-03-02T17:30"), 1))).isEqualTo("2026-03-03T17:30");
      assertThat(beijing(OFFICE.endOfNthWorkingDay(at("2026-03-07T10:00"), 1))).isEqualTo("2026-03-09T17:30");
      assertThat(beijing(OFFICE.endOfNthWorkingDay(at("2026-10-03T10:00"), 2))).isEqualTo("2026-10-09T17:30");
    }

    @Test
    void makeUpDaysAreWorkingDaysAndHolidaysAreNot() {
      // Thursday 12, Friday 13, make-up Saturday 14 February.
      assertThat(beijing(OFFICE.endOfNthWorkingDay(at("2026-02-12T10:00"), 3))).isEqualTo("2026-02-14T17:30");
      assertThat(beijing(OFFICE.endOfNthWorkingDay(at("2026-02-13T10:00"), 3))).isEqualTo("2026-02-24T17:30");
      assertThat(beijing(OFFICE.endOfNthWorkingDay(at("2025-12-31T18:00"), 1))).isEqualTo("2026-01-04T17:30");
    }

    @Test
    void roundTheClockAWorkingDayEndsAtMidnight() {
      assertThat(beijing(DUTY.endOfNthWorkingDay(at("2026-10-01T10:00"), 1))).isEqualTo("2026-10-02T00:00");
      assertThat(beijing(DUTY.endOfNthWorkingDay(at("2026-10-01T10:00"), 3))).isEqualTo("2026-10-04T00:00");
    }

    @Test
    void withinNWorkingDaysTheStartsOwnDayIsNotCounted() {
      // 大修不过三: reported Monday, due at the end of Thursday.
      assertThat(beijing(OFFICE.withinWorkingDays(at("2026-03-02T10:00"), 3))).isEqualTo("2026-03-05T17:30");
      assertThat(beijing(OFFICE.withinWorkingDays(at("2026-03-02T07:00"), 1))).isEqualTo("2026-03-03T17:30");
      // Reported on a Saturday: Monday is the first day.
      assertThat(beijing(OFFICE.withinWorkingDays(at("2026-03-07T10:00"), 3))).isEqualTo("2026-03-11T17:30");
      // Across 春节: the make-up Saturday, then 24 and 25 February.
      assertThat(beijing(OFFICE.withinWorkingDays(at("2026-02-13T10:00"), 3))).isEqualTo("2026-02-25T17:30");
      // Across 国庆: 28, 29, 30 September are the three days after Thursday 24 September.
      assertThat(beijing(OFFICE.withinWorkingDays(at("2026-09-24T10:00"), 3))).isEqualTo("2026-09-30T17:30");
      assertThat(beijing(OFFICE.withinWorkingDays(at("2026-09-24T10:00"), 4))).isEqualTo("2026-10-08T17:30");
      assertThat(beijing(DUTY.withinWorkingDays(at("2026-10-01T10:00"), 3))).isEqualTo("2026-10-05T00:00");
    }

    @Test
    void theEndOfADayWithoutWorkIsRefused() {
      assertThat(beijing(OFFICE.endOf(LocalDate.parse("2026-02-14")))).isEqualTo("2026-02-14T17:30");
      assertThatThrownBy(() -> OFFICE.endOf(LocalDate.parse("2026-02-16")))
          .isInstanceOf(CalendarRefused.class).hasMessage("date(日期): 2026-02-16 在工作日历 office-hours 中不是工作日");
    }

    @Test
    void fewerThanOneDayIsRefused() {
      assertThatThrownBy(() -> OFFICE.endOfNthWorkingDay(at("2026-03-02T10:00"), 0))
          .isInstanceOf(CalendarRefused.class).hasMessageContaining("days(工作日数)");
      assertThatThrownBy(() -> OFFICE.withinWorkingDays(at("2026-03-02T10:00"), -1))
          .isInstanceOf(CalendarRefused.class).hasMessageContaining("days(工作日数)");
    }
  }

  @Nested
  class SameDayOrNext {

    static final LocalTime CUT_OFF = LocalTime.of(16, 0);

    String due(WorkingCalendar calendar, String start, LocalTime cutOff) {
      return beijing(calendar.endOfWorkingDayOrNext(at(start), cutOff));
    }

    @Test
    void reportedBeforeTheCutOffIsDueTonight() {
      assertThat(due(OFFICE, "2026-03-02T10:00", CUT_OFF)).isEqualTo("2026-03-02T17:30");
      assertThat(due(OFFICE, "2026-03-02T07:00", CUT_OFF)).isEqualTo("2026-03-02T17:30");
      assertThat(due(OFFICE, "2026-03-02T15:59", CUT_OFF)).isEqualTo("2026-03-02T17:30");
    }

    @Test
    void reportedAtOrAfterTheCutOffIsDueAtTheEndOfTheNextWorkingDay() {
      assertThat(due(OFFICE, "2026-03-02T16:00", CUT_OFF)).isEqualTo("2026-03-03T17:30");
      assertThat(due(OFFICE, "2026-03-06T16:30", CUT_OFF)).isEqualTo("2026-03-09T17:30");
      // Friday before 春节 after the cut-off: the make-up Saturday.
      assertThat(due(OFFICE, "2026-02-13T16:30", CUT_OFF)).isEqualTo("2026-02-14T17:30");
      assertThat(due(OFFICE, "2026-02-14T16:30", CUT_OFF)).isEqualTo("2026-02-24T17:30");
    }

    @Test
    void reportedOnADayWithoutWorkIsDueAtTheEndOfTheNextWorkingDay() {
      assertThat(due(OFFICE, "2026-03-07T09:00", CUT_OFF)).isEqualTo("2026-03-09T17:30");
      assertThat(due(OFFICE, "2026-10-01T09:00", CUT_OFF)).isEqualTo("2026-10-08T17:30");
    }

    @Test
    void withoutACutOffOrWithOneAfterWorkTheEndOfWorkDecides() {
      assertThat(due(OFFICE, "2026-03-02T17:00", null)).isEqualTo("2026-03-02T17:30");
      assertThat(due(OFFICE, "2026-03-02T17:30", null)).isEqualTo("2026-03-03T17:30");
      assertThat(due(OFFICE, "2026-03-02T17:45", LocalTime.of(18, 0))).isEqualTo("2026-03-03T17:30");
    }

    @Test
    void roundTheClockTonightIsMidnight() {
      assertThat(due(DUTY, "2026-10-01T15:00", CUT_OFF)).isEqualTo("2026-10-02T00:00");
      assertThat(due(DUTY, "2026-10-01T20:00", CUT_OFF)).isEqualTo("2026-10-03T00:00");
    }
  }

  @Nested
  class TimeBetween {

    @Test
    void countsOnlyWorkingTime() {
      // Friday half an hour, the make-up Saturday 7.5 hours, Tuesday after 春节 one hour.
      assertThat(OFFICE.workingTimeBetween(at("2026-02-13T17:00"), at("2026-02-24T09:30")))
          .isEqualTo(Duration.ofHours(9));
      assertThat(OFFICE.workingTimeBetween(at("2026-03-02T12:05"), at("2026-03-02T13:25"))).isZero();
      assertThat(OFFICE.workingTimeBetween(at("2026-03-02T00:00"), at("2026-03-09T00:00")))
          .isEqualTo(Duration.ofMinutes(5 * 450));
      assertThat(DUTY.workingTimeBetween(at("2026-03-02T00:00"), at("2026-03-09T00:00")))
          .isEqualTo(Duration.ofDays(7));
    }

    @Test
    void isNegativeBackwardsAndZeroForTheSameInstant() {
      assertThat(OFFICE.workingTimeBetween(at("2026-03-02T11:00"), at("2026-03-02T10:00")))
          .isEqualTo(Duration.ofHours(-1));
      assertThat(OFFICE.workingTimeBetween(at("2026-03-02T11:00"), at("2026-03-02T11:00"))).isZero();
    }

    @Test
    void isTheInverseOfAddingWorkingTime() {
      Instant start = at("2026-09-24T16:20");
      for (int minutes : new int[] {1, 70, 450, 451, 2000, 9000}) {
        Instant due = OFFICE.plusWorkingTime(start, Duration.ofMinutes(minutes));
        assertThat(OFFICE.workingTimeBetween(start, due)).isEqualTo(Duration.ofMinutes(minutes));
      }
    }

    @Test
    void workingTimeAndTheNextWorkingMoment() {
      assertThat(OFFICE.isWorkingTime(at("2026-03-02T08:30"))).isTrue();
      assertThat(OFFICE.isWorkingTime(at("2026-03-02T12:00"))).isFalse();
      assertThat(OFFICE.isWorkingTime(at("2026-02-14T10:00"))).isTrue();
      assertThat(OFFICE.isWorkingTime(at("2026-02-16T10:00"))).isFalse();
      assertThat(beijing(OFFICE.nextWorkingMoment(at("2026-03-02T12:10")))).isEqualTo("2026-03-02T13:30");
      assertThat(beijing(OFFICE.nextWorkingMoment(at("2026-02-14T18:00")))).isEqualTo("2026-02-24T08:30");
      assertThat(OFFICE.nextWorkingMoment(at("2026-03-02T10:00"))).isEqualTo(at("2026-03-02T10:00"));
      assertThat(DUTY.nextWorkingMoment(at("2026-02-16T03:00"))).isEqualTo(at("2026-02-16T03:00"));
    }
  }

  @Nested
  class Pauses {

    static final Instant START = at("2026-03-02T09:00");
    static final Duration FOUR_HOURS = Duration.ofHours(4);

    TimeSpan pause(String from, String to) {
      return new TimeSpan(at(from), at(to));
    }

    String due(List<TimeSpan> pauses) {
      return beijing(OFFICE.plusWorkingTime(START, FOUR_HOURS, pauses));
    }

    @Test
    void withoutPauses() {
      assertThat(due(List.of())).isEqualTo("2026-03-02T14:30");
    }

    @Test
    void aPauseInsideWorkingHoursMovesTheDueDateByItsLength() {
      List<TimeSpan> pauses = List.of(pause("2026-03-02T10:00", "2026-03-02T11:00"));
      assertThat(due(pauses)).isEqualTo("2026-03-02T15:30");
      assertThat(OFFICE.pausedWorkingTime(START, at("2026-03-02T15:30"), pauses)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aPauseOutsideWorkingHoursMovesNothing() {
      assertThat(due(List.of(pause("2026-03-02T12:00", "2026-03-02T13:30")))).isEqualTo("2026-03-02T14:30");
      assertThat(OFFICE.plusWorkingTime(at("2026-03-06T17:00"), Duration.ofHours(2),
          List.of(pause("2026-03-07T09:00", "2026-03-08T18:00"))))
          .isEqualTo(OFFICE.plusWorkingTime(at("2026-03-06T17:00"), Duration.ofHours(2)));
    }

    @Test
    void aPauseStartingInsideAndEndingOutsideWorkingHoursCountsTheWorkingPartOnly() {
      // 11:00–13:30 covers one working hour (11:00–12:00).
      assertThat(due(List.of(pause("2026-03-02T11:00", "2026-03-02T13:30")))).isEqualTo("2026-03-02T15:30");
      // 11:00–14:00 covers 1.5 working hours.
      assertThat(due(List.of(pause("2026-03-02T11:00", "2026-03-02T14:00")))).isEqualTo("2026-03-02T16:00");
    }

    @Test
    void aPauseStartingOutsideAndEndingInsideWorkingHours() {
      // Waiting on the owner from Sunday evening to Monday 10:00: from 09:00 (the start) one working hour.
      assertThat(due(List.of(pause("2026-03-01T20:00", "2026-03-02T10:00")))).isEqualTo("2026-03-02T15:30");
      // Waiting for parts from Monday 16:30 to Wednesday 08:00: 1 hour Monday, 7.5 hours Tuesday.
      Instant start = at("2026-03-02T14:00");
      List<TimeSpan> parts = List.of(pause("2026-03-02T16:30", "2026-03-04T08:00"));
      assertThat(beijing(OFFICE.plusWorkingTime(start, FOUR_HOURS, parts))).isEqualTo("2026-03-04T10:00");
      assertThat(OFFICE.pausedWorkingTime(start, at("2026-03-04T10:00"), parts))
          .isEqualTo(Duration.ofMinutes(510));
    }

    @Test
    void partsOfPausesBeforeTheStartOrAfterTheDueDateMoveNothingAndOverlapsCountOnce() {
      assertThat(due(List.of(pause("2026-03-02T08:00", "2026-03-02T09:30")))).isEqualTo("2026-03-02T15:00");
      assertThat(due(List.of(pause("2026-03-03T09:00", "2026-03-03T11:00")))).isEqualTo("2026-03-02T14:30");
      assertThat(due(List.of(pause("2026-03-02T10:00", "2026-03-02T11:00"),
          pause("2026-03-02T10:30", "2026-03-02T11:30"), pause("2026-03-02T11:30", "2026-03-02T11:45"))))
          .isEqualTo("2026-03-02T16:15");
    }

    @Test
    void aPauseOverSpringFestivalCountsOnlyTheWorkingDaysItCovers() {
      // Waiting for parts from Friday 13 February 10:00 to Tuesday 24 February 10:00: Friday 6 hours, the make-up
      // Saturday 7.5, Tuesday 1.5.
      Instant start = at("2026-02-13T09:00");
      List<TimeSpan> parts = List.of(pause("2026-02-13T10:00", "2026-02-24T10:00"));
      assertThat(OFFICE.pausedWorkingTime(start, at("2026-03-31T00:00"), parts)).isEqualTo(Duration.ofMinutes(900));
      assertThat(beijing(OFFICE.plusWorkingTime(start, Duration.ofHours(2), parts))).isEqualTo("2026-02-24T11:00");
      assertThat(OFFICE.workingTimeBetween(start, at("2026-02-24T11:00"), parts)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void roundTheClockEveryPausedHourCounts() {
      assertThat(beijing(DUTY.plusWorkingTime(at("2026-10-01T10:00"), Duration.ofHours(4),
          List.of(new TimeSpan(at("2026-10-01T11:00"), at("2026-10-01T13:00")))))).isEqualTo("2026-10-01T16:00");
    }

    @Test
    void dayLimitsMoveByTheWorkingTimePaused() {
      Instant start = at("2026-03-02T10:00");
      Instant due = OFFICE.endOfNthWorkingDay(start, 1);
      // Two working hours paused on Monday afternoon: due Tuesday 10:30.
      assertThat(beijing(OFFICE.movedByPauses(start, due,
          List.of(new TimeSpan(at("2026-03-02T14:00"), at("2026-03-02T16:00")))))).isEqualTo("2026-03-03T10:30");
      // A pause at night moves nothing; a pause after the due date neither.
      assertThat(OFFICE.movedByPauses(start, due,
          List.of(new TimeSpan(at("2026-03-02T18:00"), at("2026-03-03T08:00"))))).isEqualTo(due);
      assertThat(OFFICE.movedByPauses(start, due,
          List.of(new TimeSpan(at("2026-03-03T09:00"), at("2026-03-03T10:00"))))).isEqualTo(due);
      // 大修不过三 with two days waiting for parts (Tuesday and Wednesday): due two working days later.
      Instant major = OFFICE.withinWorkingDays(start, 3);
      assertThat(beijing(OFFICE.movedByPauses(start, major,
          List.of(new TimeSpan(at("2026-03-03T08:30"), at("2026-03-04T17:30")))))).isEqualTo("2026-03-09T17:30");
    }

    @Test
    void aPauseEndingBeforeItStartsIsRefused() {
      assertThatThrownBy(() -> pause("2026-03-02T11:00", "2026-03-02T10:00"))
          .isInstanceOf(CalendarRefused.class).hasMessageContaining("pause(暂停)").hasMessageContaining("早于开始");
    }
  }

  @Nested
  class ZonesAndHours {

    @Test
    void theServersTimeZoneChangesNothing() {
      TimeZone server = TimeZone.getDefault();
      try {
        for (String zone : List.of("UTC", "America/Los_Angeles", "Asia/Shanghai")) {
          TimeZone.setDefault(TimeZone.getTimeZone(zone));
          assertThat(plusHours(Calendars.office(), "2026-02-13T17:00", 2)).isEqualTo("2026-02-14T10:00");
        }
      } finally {
        TimeZone.setDefault(server);
      }
    }

    @Test
    void hoursAreReadInTheCalendarsOwnZoneIncludingDaylightSaving() {
      ZoneId berlin = ZoneId.of("Europe/Berlin");
      WorkingCalendar office = new WorkingCalendar("berlin", berlin, Calendars.weekdays("09:00-17:00"), List.of());
      Instant start = LocalDate.parse("2026-03-02").atTime(16, 0).atZone(berlin).toInstant();
      assertThat(office.plusWorkingHours(start, 2))
          .isEqualTo(LocalDate.parse("2026-03-03").atTime(10, 0).atZone(berlin).toInstant());
      // The night the clocks go forward has 23 hours.
      WorkingCalendar allDay = new WorkingCalendar("berlin-24h", berlin,
          Map.of(DayOfWeek.SUNDAY, DayHours.ROUND_THE_CLOCK), List.of());
      Instant sunday = LocalDate.parse("2026-03-29").atStartOfDay(berlin).toInstant();
      assertThat(allDay.workingTimeBetween(sunday, sunday.plus(Duration.ofDays(2)))).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void aMakeUpDayTakesMondaysHoursWhateverItsOwnWeekdayHasOrTheNextWeekdayWithHours() {
      Map<DayOfWeek, DayHours> week = new EnumMap<>(Calendars.weekdays("08:30-12:00,13:30-17:30"));
      week.put(DayOfWeek.SATURDAY, DayHours.parse("09:00-12:00", "hours", "工作时间"));
      WorkingCalendar withSaturdayMornings = new WorkingCalendar("six-days", Calendars.SHANGHAI, week,
          Calendars.statutoryDays());
      assertThat(withSaturdayMornings.hoursOn(LocalDate.parse("2026-02-14"))).hasToString("08:30-12:00,13:30-17:30");
      assertThat(withSaturdayMornings.hoursOn(LocalDate.parse("2026-03-07"))).hasToString("09:00-12:00");

      Map<DayOfWeek, DayHours> shop = new EnumMap<>(DayOfWeek.class);
      shop.put(DayOfWeek.TUESDAY, DayHours.parse("10:00-19:00", "hours", "工作时间"));
      shop.put(DayOfWeek.SUNDAY, DayHours.parse("10:00-16:00", "hours", "工作时间"));
      WorkingCalendar closedMondays = new WorkingCalendar("shop", Calendars.SHANGHAI, shop,
          List.of(new CalendarDay(LocalDate.parse("2026-02-14"), "春节", false)));
      assertThat(closedMondays.makeUpDayHours()).hasToString("10:00-19:00");
      assertThat(closedMondays.hoursOn(LocalDate.parse("2026-02-14"))).hasToString("10:00-19:00");
    }

    @Test
    void periodsAreReadInAnyOrderAndWrittenInOrder() {
      assertThat(DayHours.parse("13:30-17:30， 8:30 - 12:00", "hours", "工作时间")).hasToString("08:30-12:00,13:30-17:30");
      assertThat(DayHours.parse("00:00-24:00", "hours", "工作时间")).isEqualTo(DayHours.ROUND_THE_CLOCK);
      assertThat(DayHours.parse("", "hours", "工作时间")).isEqualTo(DayHours.NONE);
      assertThat(DayHours.parse("休息", "hours", "工作时间")).isEqualTo(DayHours.NONE);
      // Periods that touch are not overlapping.
      assertThat(DayHours.parse("08:00-12:00,12:00-16:00", "hours", "工作时间").minutes()).isEqualTo(480);
    }
  }

  @Nested
  class Refusals {

    @Test
    void overlappingHoursAreRefusedNamingTheField() {
      assertThatThrownBy(() -> DayHours.parse("08:30-12:00,11:00-13:30", "hours.MONDAY", "周一工作时间"))
          .isInstanceOf(CalendarRefused.class)
          .hasMessage("hours.MONDAY(周一工作时间): 时段 08:30-12:00 与 11:00-13:30 重叠");
    }

    @Test
    void invertedHoursAreRefused() {
      assertThatThrownBy(() -> DayHours.parse("17:30-08:30", "hours.MONDAY", "周一工作时间"))
          .isInstanceOf(CalendarRefused.class)
          .hasMessageStartingWith("hours.MONDAY(周一工作时间): 时段 17:30-08:30 的开始不早于结束");
      assertThatThrownBy(() -> DayHours.parse("09:00-09:00", "hours.MONDAY", "周一工作时间"))
          .hasMessageContaining("开始不早于结束");
    }

    @Test
    void timesThatDoNotExistAndTextThatIsNoPeriodAreRefused() {
      assertThatThrownBy(() -> DayHours.parse("08:30-24:30", "hours.FRIDAY", "周五工作时间"))
          .isInstanceOf(CalendarRefused.class).hasMessageContaining("hours.FRIDAY(周五工作时间)")
          .hasMessageContaining("24:30 不存在");
      assertThatThrownBy(() -> DayHours.parse("08:61-12:00", "hours.FRIDAY", "周五工作时间"))
          .hasMessageContaining("08:61 不存在");
      assertThatThrownBy(() -> DayHours.parse("早上八点到十二点", "hours.FRIDAY", "周五工作时间"))
          .hasMessageContaining("不是 08:30-12:00 这样的时段");
    }

    @Test
    void aDateThatDoesNotExistIsRefusedNotMoved() {
      assertThatThrownBy(() -> CalendarInput.date("2026-02-30", "date", "日期"))
          .isInstanceOf(CalendarRefused.class).hasMessage("date(日期): 2026-02-30 这一天不存在");
      assertThatThrownBy(() -> CalendarInput.date("2026-13-01", "date", "日期")).hasMessageContaining("这一天不存在");
      assertThatThrownBy(() -> CalendarInput.date("30.2.2026", "date", "日期"))
          .hasMessageContaining("不是 2026-10-01 这样的日期");
      assertThatThrownBy(() -> CalendarInput.date(" ", "date", "日期")).hasMessageContaining("必填");
      assertThat(CalendarInput.date("2028-02-29", "date", "日期")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aTimeZoneThatDoesNotExistIsRefused() {
      assertThatThrownBy(() -> CalendarInput.zone("Mars/Olympus", "timeZone", "时区"))
          .isInstanceOf(CalendarRefused.class).hasMessageContaining("timeZone(时区)");
      assertThat(CalendarInput.zone("", "timeZone", "时区")).isEqualTo(Calendars.SHANGHAI);
    }

    @Test
    void aCalendarWithoutAnyWorkingHoursOrWithADateTwiceIsRefused() {
      assertThatThrownBy(() -> new WorkingCalendar("idle", Calendars.SHANGHAI, Map.of(), List.of()))
          .isInstanceOf(CalendarRefused.class).hasMessageContaining("hours(工作时间)");
      LocalDate date = LocalDate.parse("2026-10-09");
      assertThatThrownBy(() -> new WorkingCalendar("twice", Calendars.SHANGHAI, Calendars.weekdays("09:00-17:00"),
          List.of(new CalendarDay(date, "调休", true), new CalendarDay(date, "年会", true))))
          .isInstanceOf(CalendarRefused.class).hasMessage("date(日期): 2026-10-09 出现了两次");
      assertThatThrownBy(() -> new CalendarDay(date, " ", true)).hasMessageContaining("name(名称)");
    }

    @Test
    void aCalendarThatNeverWorksAgainCannotEndALimit() {
      List<CalendarDay> offForever = new java.util.ArrayList<>();
      for (LocalDate d = LocalDate.parse("2026-03-01"); d.getYear() < 2030; d = d.plusDays(1)) {
        offForever.add(new CalendarDay(d, "停业", true));
      }
      WorkingCalendar closed = new WorkingCalendar("closed", Calendars.SHANGHAI, Calendars.weekdays("09:00-17:00"),
          offForever);
      assertThatThrownBy(() -> closed.plusWorkingHours(at("2026-03-02T10:00"), 1))
          .isInstanceOf(CalendarRefused.class).hasMessageContaining("三年内没有工作时间");
      assertThatThrownBy(() -> closed.endOfNthWorkingDay(at("2026-03-02T10:00"), 1))
          .hasMessageContaining("三年内没有工作时间");
    }
  }

  @Test
  void isFastEnoughToRunForEveryTaskAndTimer() {
    long began = System.nanoTime();
    Instant start = at("2026-01-01T00:00");
    for (int i = 0; i < 20_000; i++) {
      OFFICE.plusWorkingTime(start.plus(Duration.ofMinutes(37L * i)), Duration.ofHours(16));
    }
    // 20,000 two-day limits take a few tens of milliseconds; the bound only catches an accidental slowness.
    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(5));
  }
}
