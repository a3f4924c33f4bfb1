package com.servicecentre.calendar;

import com.servicecentre.office.Office;
import com.servicecentre.office.Offices;
import com.servicecentre.api.ApiException;
import com.servicecentre.api.StaffMember;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Working calendars in the running application: every member of staff reads them; the office manager
 * ({@code office-manager}) and administrators add calendars and change hours and days. Each change is in the
 * change log and applies to the next due date.
 */
@RestController
@RequestMapping("/api/calendars")
public class CalendarController {

  static final List<String> MANAGERS = List.of("office-manager");

  /** A calendar to add. hours: {"MONDAY": "08:30-12:00,13:30-17:30", …}; weekdays left out have no work. */
  public record NewCalendar(String name, String title, String timeZone, Boolean statutoryDays,
      Map<String, String> hours) {}

  /** A day to add or change: off = true 放假, false 调休上班 (a make-up working day). */
  public record Day(String date, String name, Boolean off) {}

  private final WorkingCalendars calendars;
  private final CalendarChanges changes;
  private final CalendarChangeLog log;
  private final MissingStatutoryYears missingYears;
  private final Offices offices;

  public CalendarController(WorkingCalendars calendars, CalendarChanges changes, CalendarChangeLog log,
      MissingStatutoryYears missingYears, Offices offices) {
    this.offices = offices;
    this.calendars = calendars;
    this.changes = changes;
    this.log = log;
    this.missingYears = missingYears;
  }

  /** Every calendar with its hours, whether the caller may change them, and the missing statutory years. */
  @GetMapping
  public Map<String, Object> list(HttpServletRequest request) {
    StaffMember member = StaffMember.of(request);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("userId", member.userId());
    answer.put("mayChange", mayChange(member));
    answer.put("warnings", warnings(null));
    answer.put("calendars", calendars.all().stream().map(CalendarController::summary).toList());
    return answer;
  }

  /** One calendar with the days of a year (by default the current year in the calendar's zone). */
  @GetMapping("/{name}")
  public Map<String, Object> show(HttpServletRequest request, @PathVariable String name,
      @RequestParam(required = false) Integer year) {
    StaffMember member = StaffMember.of(request);
    StoredCalendar stored = calendars.stored(name);
    WorkingCalendar calendar = stored.calendar();
    int shown = year == null
        ? LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.zone()).getYear()
        : CalendarInput.year(year, "year");
    Map<String, Object> answer = summary(stored);
    answer.put("mayChange", mayChange(member));
    answer.put("warnings", warnings(name));
    answer.put("year", shown);
    answer.put("days", calendar.daysOf(shown).stream().map(day -> day(calendar, day)).toList());
    return answer;
  }

  @PostMapping
  public ResponseEntity<Map<String, Object>> add(HttpServletRequest request, @RequestBody NewCalendar body) {
    StaffMember member = manager(request);
    CalendarSpec spec = new CalendarSpec(body.name(), body.title(),
        CalendarInput.zone(body.timeZone(), "timeZone", "时区"), Boolean.TRUE.equals(body.statutoryDays()),
        WeekHours.parse(body.hours() == null ? Map.of() : body.hours(), "hours"));
    changes.addCalendar(member.userId(), spec);
    return ResponseEntity.status(HttpStatus.CREATED).body(summary(calendars.stored(spec.name())));
  }

  /** Changes the hours of the weekdays given: {"SATURDAY": "09:00-12:00"}; "" = no work that weekday. */
  @PutMapping("/{name}/hours")
  public Map<String, Object> changeHours(HttpServletRequest request, @PathVariable String name,
      @RequestBody Map<String, String> hours) {
    StaffMember member = manager(request, name);
    if (hours.isEmpty()) {
      throw CalendarRefused.field("hours", "工作时间", "没有给出任何一天的工作时间");
    }
    changes.changeHours(member.userId(), name, WeekHours.parse(hours, "hours"));
    return summary(calendars.stored(name));
  }

  @PostMapping("/{name}/days")
  public ResponseEntity<Map<String, Object>> addDay(HttpServletRequest request, @PathVariable String name,
      @RequestBody Day body) {
    StaffMember member = manager(request, name);
    CalendarDay day = changes.addDay(member.userId(), name,
        new CalendarDay(CalendarInput.date(body.date(), "date", "日期"), body.name(), off(body)));
    return ResponseEntity.status(HttpStatus.CREATED).body(day(calendars.get(name), day));
  }

  @PutMapping("/{name}/days/{date}")
  public Map<String, Object> changeDay(HttpServletRequest request, @PathVariable String name,
      @PathVariable String date, @RequestBody Day body) {
    StaffMember member = manager(request, name);
    LocalDate day = CalendarInput.date(date, "date", "日期");
    if (body.date() != null && !body.date().isBlank() && !CalendarInput.date(body.date(), "date", "日期").equals(day)) {
      throw CalendarRefused.field("date", "日期", "请求内容中的日期 " + body.date() + " 与地址中的 " + date
          + " 不同；要换日期请删除后再添加");
    }
    CalendarDay changed = changes.changeDay(member.userId(), name, new CalendarDay(day, body.name(), off(body)));
    return day(calendars.get(name), changed);
  }

  @DeleteMapping("/{name}/days/{date}")
  public ResponseEntity<Void> removeDay(HttpServletRequest request, @PathVariable String name,
      @PathVariable String date) {
    StaffMember member = manager(request, name);
    changes.removeDay(member.userId(), name, CalendarInput.date(date, "date", "日期"));
    return ResponseEntity.noContent().build();
  }

  /** The calendar's change log, newest first. */
  @GetMapping("/{name}/changes")
  public List<CalendarChangeLog.Change> changes(HttpServletRequest request, @PathVariable String name,
      @RequestParam(defaultValue = "100") int max) {
    StaffMember.of(request);
    if (max < 1 || max > 1000) {
      throw CalendarRefused.field("max", "条数", "须在 1 到 1000 之间");
    }
    calendars.stored(name);
    return log.of(name, max);
  }

  @ExceptionHandler(CalendarRefused.class)
  ResponseEntity<Map<String, Object>> refused(CalendarRefused e) {
    int status = e instanceof UnknownCalendar || e instanceof UnknownDay ? 404 : 400;
    return ResponseEntity.status(status).body(Map.of("status", status, "message", e.getMessage()));
  }

  private static boolean off(Day body) {
    if (body.off() == null) {
      throw CalendarRefused.field("off", "类型", "必填：true 为放假，false 为调休上班");
    }
    return body.off();
  }

  private List<String> warnings(String calendar) {
    return missingYears.now().stream().filter(m -> calendar == null || m.calendar().equals(calendar))
        .map(MissingStatutoryYears.Missing::message).toList();
  }

  private static StaffMember manager(HttpServletRequest request) {
    StaffMember member = StaffMember.of(request);
    if (!mayChange(member)) {
      throw new ApiException(403, member.userId() + " 无权修改工作日历：仅限管理处主任 (office-manager) 和管理员");
    }
    return member;
  }

  /**
   * A manager changes the calendars of their own offices' hours: one that another office keeps (its calendar)
   * is that office's too, and only an administrator or someone who works in every office using it changes it.
   */
  private StaffMember manager(HttpServletRequest request, String name) {
    StaffMember member = manager(request);
    List<String> others = member.admin() ? List.of() : offices.all().stream()
        .filter(office -> name.equals(office.calendar()) && !member.offices().contains(office.code()))
        .map(Office::name).toList();
    if (!others.isEmpty()) {
      throw new ApiException(403, member.userId() + " 无权修改工作日历 " + name + "：它也是" + String.join("、", others)
          + "的工作时间，仅限管理员或在这些管理处工作的主任修改");
    }
    return member;
  }

  private static boolean mayChange(StaffMember member) {
    return member.admin() || MANAGERS.stream().anyMatch(member.groups()::contains);
  }

  private static Map<String, Object> summary(StoredCalendar stored) {
    WorkingCalendar calendar = stored.calendar();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("name", stored.name());
    summary.put("title", stored.title());
    summary.put("timeZone", calendar.zone().getId());
    summary.put("statutoryDays", stored.statutoryDays());
    summary.put("hours", WeekHours.asText(calendar.week()));
    summary.put("makeUpDayHours", calendar.makeUpDayHours().toString());
    summary.put("years", new TreeSet<>(calendar.days().keySet().stream().map(LocalDate::getYear).toList()));
    return summary;
  }

  private static Map<String, Object> day(WorkingCalendar calendar, CalendarDay day) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("date", day.date().toString());
    json.put("weekday", Weekdays.label(day.date().getDayOfWeek()));
    json.put("name", day.name());
    json.put("off", day.off());
    json.put("kind", day.kind());
    json.put("hours", calendar.hoursOn(day.date()).toString());
    return json;
  }
}
