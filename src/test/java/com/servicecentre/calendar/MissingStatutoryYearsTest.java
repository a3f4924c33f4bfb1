package com.servicecentre.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which years' statutory days a calendar lacks, on fixed dates. */
class MissingStatutoryYearsTest {

  static final WorkingCalendar OFFICE = Calendars.office();

  static List<Integer> missing(WorkingCalendar calendar, String today) {
    return MissingStatutoryYears.missingYears(calendar, LocalDate.parse(today));
  }

  @Test
  void theNextYearIsMissingFromTheFirstOfDecemberOn() {
    assertThat(missing(OFFICE, "2026-11-30")).isEmpty();
    assertThat(missing(OFFICE, "2026-12-01")).containsExactly(2027);
    assertThat(missing(OFFICE, "2026-12-31")).containsExactly(2027);
    assertThat(missing(OFFICE, "2025-12-01")).isEmpty();
  }

  @Test
  void theCurrentYearIsMissingAllYearLong() {
    assertThat(missing(OFFICE, "2027-01-02")).containsExactly(2027);
    assertThat(missing(OFFICE, "2027-12-05")).containsExactly(2027, 2028);
  }

  @Test
  void aYearWithOnlyMakeUpDaysStillLacksItsDaysOff() {
    List<CalendarDay> days = new ArrayList<>(Calendars.statutoryDays());
    days.add(new CalendarDay(LocalDate.parse("2027-02-06"), "春节", false));
    WorkingCalendar onlyMakeUp = new WorkingCalendar("x", Calendars.SHANGHAI, Calendars.weekdays("09:00-17:00"), days);
    assertThat(missing(onlyMakeUp, "2026-12-01")).containsExactly(2027);
    days.add(new CalendarDay(LocalDate.parse("2027-01-01"), "元旦", true));
    WorkingCalendar withNewYear = new WorkingCalendar("x", Calendars.SHANGHAI, Calendars.weekdays("09:00-17:00"), days);
    assertThat(missing(withNewYear, "2026-12-01")).isEmpty();
  }
}
