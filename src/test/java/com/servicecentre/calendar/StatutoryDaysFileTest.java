package com.servicecentre.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped file of statutory days (State Council notices for 2025 and 2026) and how a broken one is refused. */
class StatutoryDaysFileTest {

  @Test
  void theShippedFileNamesItsSourceAndHoldsBothYears() {
    assertThat(Calendars.statutoryFileText().lines().limit(2))
        .allMatch(line -> line.startsWith("#")).anyMatch(line -> line.contains("State Council"))
        .anyMatch(line -> line.contains("gov.cn"));
    List<CalendarDay> days = Calendars.statutoryDays();
    assertThat(days).extracting(d -> d.date().getYear()).containsOnly(2025, 2026);
    assertThat(days).filteredOn(d -> d.date().getYear() == 2026).hasSize(39);
    // Make-up working days are weekend days; 春节 2026 has two, 14 and 28 February.
    assertThat(days).filteredOn(d -> !d.off()).allMatch(d -> d.date().getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0)
        .extracting(CalendarDay::date).contains(LocalDate.parse("2026-02-14"), LocalDate.parse("2026-02-28"));
    assertThat(days).contains(new CalendarDay(LocalDate.parse("2026-02-17"), "春节", true));
  }

  @Test
  void aBrokenFileIsRefusedNamingTheLine() {
    assertThatThrownBy(() -> StatutoryDaysFile.parse("x.csv", "# source\nday,name\n"))
        .isInstanceOf(CalendarRefused.class).hasMessageContaining("x.csv 第 2 行").hasMessageContaining("表头");
    assertThatThrownBy(() -> StatutoryDaysFile.parse("x.csv", "date,name,off\n2027-02-30,春节,true\n"))
        .hasMessage("x.csv 第 2 行：date(日期): 2027-02-30 这一天不存在");
    assertThatThrownBy(() -> StatutoryDaysFile.parse("x.csv", "date,name,off\n2027-02-06,春节,maybe\n"))
        .hasMessageContaining("x.csv 第 2 行：应为 日期,名称,true|false");
    assertThatThrownBy(() -> StatutoryDaysFile.parse("x.csv", "date,name,off\n2027-02-06,春节,true\n2027-02-06,春节,true\n"))
        .hasMessageContaining("第 3 行").hasMessageContaining("出现了两次");
    assertThatThrownBy(() -> StatutoryDaysFile.parse("x.csv", "# only comments\n")).hasMessageContaining("没有表头");
  }
}
