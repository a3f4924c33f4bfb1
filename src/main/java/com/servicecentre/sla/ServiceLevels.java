package com.servicecentre.sla;

import com.servicecentre.calendar.CalendarRefused;
import com.servicecentre.office.CommandMemo;
import com.servicecentre.office.Office;
import com.servicecentre.office.OfficeRules;
import com.servicecentre.office.Offices;
import org.springframework.beans.factory.ObjectProvider;
import com.servicecentre.calendar.TimeSpan;
import com.servicecentre.calendar.WorkingCalendar;
import com.servicecentre.calendar.WorkingCalendars;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one calculation of every time limit of every process: due dates of tasks and timers (through the engine's
 * business calendar, {@link WorkingTimeBusinessCalendar}), the warning instant before them, due dates moved by a
 * paused clock, and the registers' on-time flags. Limits are counted on a working calendar named by the rule, as it
 * is now (a manager's change applies to the next due date, without a restart).
 *
 * <p>In a model a limit is written {@code <calendar>:<limit>}, e.g. {@code camunda:dueDate="${calendar}:${replyLimit}"}
 * giving {@code office-hours:1工作日}; {@code 预警|office-hours:1工作日} is the warning instant of that limit.
 */
@Service("serviceLevels")
public class ServiceLevels {

  /** The prefix of a warning description. */
  public static final String WARNING = "预警|";

  /**
   * Ours unless it is the engine's: an ISO date starts with a digit, an ISO period or cycle with P or R and a digit
   * or T. The calendar part may be anything else, so that a wrong name from a table is refused by name.
   */
  private static final Pattern DESCRIPTION =
      Pattern.compile("(?![0-9])(?![PR][0-9T])(预警\\|)?([^:|]{0,100}):(.*)", Pattern.DOTALL);

  /** What rules call the office's own working hours: each office says which calendar they are (its calendar). */
  public static final String OFFICE_HOURS = "office-hours";

  private final WorkingCalendars calendars;
  private final WarningRule warning;
  private final ObjectProvider<Offices> offices;

  public ServiceLevels(WorkingCalendars calendars,
      @Value("${service-centre.service-levels.warning:75%}") String warning, ObjectProvider<Offices> offices) {
    this.calendars = calendars;
    this.warning = WarningRule.parse(warning);
    this.offices = offices;
  }

  /**
   * The calendar named by a rule, as it is now; an unknown name is refused in Chinese. {@code office-hours} in a
   * case is the hours of the case's office: the calendar its office names (the same one unless an administrator
   * gave the office other hours), so one table serves offices that open at different times.
   */
  public WorkingCalendar calendar(String name) {
    String office = OFFICE_HOURS.equals(name) ? OfficeRules.caseOffice() : null;
    return CommandMemo.get("calendar|" + name + "|" + office, () -> lookUp(name, office));
  }

  private WorkingCalendar lookUp(String name, String office) {
    String actual = office == null ? name : offices.getObject().find(office).map(Office::calendar)
        .filter(calendar -> !calendar.isBlank()).orElse(name);
    try {
      return calendars.get(actual);
    } catch (CalendarRefused e) {
      throw new ServiceLevelRefused(e.getMessage());
    }
  }

  /** The limit as a rule wrote it, counted from {@code start} on the calendar named. */
  public Instant due(String calendarName, String limit, Instant start) {
    WorkingCalendar calendar = calendar(calendarName);
    try {
      return TimeLimit.parse(limit).dueFrom(calendar, start);
    } catch (CalendarRefused e) {
      throw new ServiceLevelRefused(e.getMessage());
    }
  }

  /** When a step started at {@code start} and due at {@code due} warns (即将超时). */
  public Instant warningAt(String calendarName, Instant start, Instant due) {
    return warning.warningAt(calendar(calendarName), start, due);
  }

  /** For models: the warning instant as a date (a follow-up date, a warning timer). */
  public Date warningAt(String calendarName, Date start, Date due) {
    return Date.from(warningAt(calendarName, start.toInstant(), due.toInstant()));
  }

  /** A due date moved by the working time the pauses cover between start and due. */
  public Instant movedByPauses(String calendarName, Instant start, Instant due, Collection<TimeSpan> pauses) {
    return calendar(calendarName).movedByPauses(start, due, pauses);
  }

  /** The working time the pauses cover between two instants: the paused time a register records. */
  public Duration pausedWorkingTime(String calendarName, Instant from, Instant to, Collection<TimeSpan> pauses) {
    return calendar(calendarName).pausedWorkingTime(from, to, pauses);
  }

  /** Working time from one instant to another, negative when {@code to} is earlier: how late a step was. */
  public Duration workingTimeBetween(String calendarName, Instant from, Instant to) {
    return calendar(calendarName).workingTimeBetween(from, to);
  }

  /**
   * A limit written {@code <calendar>:<limit>} (or {@code 预警|<calendar>:<limit>}), resolved from {@code start}; empty
   * if the text is not written so (an ISO date or period for the engine's own calendars).
   */
  public Optional<Instant> resolve(String description, Instant start) {
    Matcher m = DESCRIPTION.matcher(description == null ? "" : description.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String calendar = m.group(2).strip();
    if (calendar.isEmpty()) {
      throw new ServiceLevelRefused("calendar(工作日历): 决策表没有给出工作日历（" + description.strip() + "）");
    }
    Instant due = due(calendar, m.group(3), start);
    return Optional.of(m.group(1) == null ? due : warningAt(calendar, start, due));
  }

  /** Whether a text is a limit on a working calendar rather than an ISO date or period. */
  public static boolean isWorkingTimeLimit(String description) {
    return description != null && DESCRIPTION.matcher(description.strip()).matches();
  }
}
