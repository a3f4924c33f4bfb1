package com.servicecentre.calendar;

import static com.servicecentre.calendar.Calendars.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.OwnApplication;
import com.servicecentre.ServiceCentreApplication;
import com.servicecentre.database.MySqlTestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The calendar tables on MySQL/MariaDB (V5__working_calendars.sql runs there as on H2): the shipped calendars are
 * loaded, a manager's changes are kept across a restart, and the second start-up adds nothing twice.
 */
@OwnApplication
class WorkingCalendarsOnMySqlTest {

  @Test
  void calendarsAreLoadedOnceAndAManagersChangesSurviveARestart() throws Exception {
    try (MySqlTestDatabase database = MySqlTestDatabase.create("")) {
      try (ConfigurableApplicationContext app = SpringApplication.run(ServiceCentreApplication.class,
          database.applicationArgs())) {
        WorkingCalendars calendars = app.getBean(WorkingCalendars.class);
        assertThat(calendars.get("office-hours").days()).hasSize(Calendars.statutoryDays().size());
        assertThat(calendars.get("office-hours").plusWorkingHours(at("2026-02-13T17:00"), 2))
            .isEqualTo(at("2026-02-14T10:00"));
        assertThat(calendars.get("duty-24h").days()).isEmpty();

        CalendarChanges changes = app.getBean(CalendarChanges.class);
        changes.removeDay("ciadmin", "office-hours", LocalDate.parse("2026-02-28"));
        changes.addDay("ciadmin", "office-hours", new CalendarDay(LocalDate.parse("2026-12-24"), "𠮷祥日 🎄", true));
        changes.changeHours("ciadmin", "office-hours", Map.of(DayOfWeek.SATURDAY, DayHours.parse("09:00-12:00",
            "hours.SATURDAY", "周六工作时间")));
      }

      try (ConfigurableApplicationContext app = SpringApplication.run(ServiceCentreApplication.class,
          database.applicationArgs())) {
        WorkingCalendar office = app.getBean(WorkingCalendars.class).get("office-hours");
        assertThat(office.day(LocalDate.parse("2026-02-28"))).isEmpty();
        assertThat(office.day(LocalDate.parse("2026-12-24"))).get().extracting(CalendarDay::name)
            .isEqualTo("𠮷祥日 🎄");
        assertThat(office.week().get(DayOfWeek.SATURDAY)).hasToString("09:00-12:00");
        assertThat(app.getBean(CalendarChangeLog.class).of("office-hours", 100))
            .extracting(CalendarChangeLog.Change::change)
            .containsExactly("change-hours", "add-day", "remove-day", "add-statutory-days", "add-calendar");
      }

      try (Connection c = database.connect(); Statement s = c.createStatement()) {
        assertThat(count(s, "SELECT COUNT(*) FROM working_calendar")).isEqualTo(2);
        assertThat(count(s, "SELECT COUNT(*) FROM statutory_day_loaded WHERE calendar_name = 'office-hours'"))
            .isEqualTo(Calendars.statutoryDays().size());
        assertThat(count(s, "SELECT COUNT(*) FROM working_calendar_hours WHERE calendar_name = 'duty-24h'"))
            .isEqualTo(7);
      }
    }
  }

  private static int count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
