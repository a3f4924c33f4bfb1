package com.servicecentre.calendar;

import static com.servicecentre.calendar.CalendarApi.OFFICE_HOURS;
import static com.servicecentre.calendar.CalendarApi.message;
import static com.servicecentre.calendar.Calendars.at;
import static com.servicecentre.calendar.Calendars.beijing;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The office manager changes calendars in the running application (/api/calendars); the next due date follows
 * without a restart; every change is in the change log; bad input is refused and changes nothing; other staff
 * read only. Changes are made on calendars of the test's own.
 */
@ServiceCentreTest
@ExtendWith(OutputCaptureExtension.class)
class CalendarRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired WorkingCalendars calendars;
  @Autowired CalendarLoader loader;
  CalendarApi api;

  @BeforeEach
  void api() {
    api = new CalendarApi(rest);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theShippedCalendarsAreThereWithTheStatutoryDaysAndEveryoneMayReadThem() {
    JsonNode list = api.get("zhangwei", "");
    assertThat(list.get("mayChange").asBoolean()).isFalse();
    JsonNode office = calendar(list, "office-hours");
    assertThat(office.get("title").asText()).contains("客服中心");
    assertThat(office.get("timeZone").asText()).isEqualTo("Asia/Shanghai");
    assertThat(office.get("statutoryDays").asBoolean()).isTrue();
    assertThat(office.get("hours").get("MONDAY").asText()).isEqualTo(OFFICE_HOURS);
    assertThat(office.get("hours").get("SATURDAY").asText()).isEmpty();
    assertThat(office.get("makeUpDayHours").asText()).isEqualTo(OFFICE_HOURS);
    assertThat(office.get("years")).extracting(JsonNode::asInt).contains(2025, 2026);
    JsonNode duty = calendar(list, "duty-24h");
    assertThat(duty.get("statutoryDays").asBoolean()).isFalse();
    assertThat(duty.get("hours").get("SUNDAY").asText()).isEqualTo("00:00-24:00");
    assertThat(duty.get("years")).isEmpty();

    JsonNode year = api.get("zhangwei", "/office-hours?year=2026");
    assertThat(year.get("year").asInt()).isEqualTo(2026);
    assertThat(year.get("days")).hasSize(39);
    JsonNode makeUp = day(year, "2026-02-14");
    assertThat(makeUp.get("name").asText()).isEqualTo("春节");
    assertThat(makeUp.get("off").asBoolean()).isFalse();
    assertThat(makeUp.get("kind").asText()).isEqualTo("调休上班");
    assertThat(makeUp.get("weekday").asText()).isEqualTo("周六");
    assertThat(makeUp.get("hours").asText()).isEqualTo(OFFICE_HOURS);
    assertThat(day(year, "2026-10-01").get("kind").asText()).isEqualTo("放假");

    assertThat(api.get("zhangwei", "/office-hours/changes")).extracting(c -> c.get("change").asText())
        .contains("add-calendar", "add-statutory-days");
    assertThat(calendars.get("office-hours").plusWorkingHours(at("2026-02-13T17:00"), 2))
        .isEqualTo(at("2026-02-14T10:00"));
  }

  @Test
  void aDayOffAddedByTheOfficeManagerMovesTheNextDueDateWithoutARestart() {
    String name = api.newOfficeCalendar("day-off");
    WorkingCalendar before = calendars.get(name);
    assertThat(calendars.get(name)).as("unchanged calendars are not read again").isSameAs(before);
    assertThat(beijing(before.plusWorkingHours(at("2026-03-02T17:00"), 2))).isEqualTo("2026-03-03T10:00");

    ResponseEntity<String> added = api.call("huangjun", HttpMethod.POST, "/" + name + "/days",
        Map.of("date", "2026-03-03", "name", "停电检修", "off", true));
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(TasklistClient.json(added).get("kind").asText()).isEqualTo("放假");
    assertThat(beijing(calendars.get(name).plusWorkingHours(at("2026-03-02T17:00"), 2))).isEqualTo("2026-03-04T10:00");

    // Made a make-up working day instead, then removed: the Tuesday counts again.
    ResponseEntity<String> changed = api.call("huangjun", HttpMethod.PUT, "/" + name + "/days/2026-03-03",
        Map.of("name", "停电检修改期", "off", false));
    assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(api.call("huangjun", HttpMethod.DELETE, "/" + name + "/days/2026-03-03", null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(beijing(calendars.get(name).plusWorkingHours(at("2026-03-02T17:00"), 2))).isEqualTo("2026-03-03T10:00");

    // Saturday mornings worked from now on; Monday ends at 17:00.
    ResponseEntity<String> hours = api.call("huangjun", HttpMethod.PUT, "/" + name + "/hours",
        Map.of("SATURDAY", "09:00-12:00", "MONDAY", "08:30-12:00,13:30-17:00"));
    assertThat(hours.getStatusCode()).as(hours.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(TasklistClient.json(hours).get("hours").get("SATURDAY").asText()).isEqualTo("09:00-12:00");
    assertThat(beijing(calendars.get(name).plusWorkingHours(at("2026-03-06T17:00"), 1))).isEqualTo("2026-03-07T09:30");
    assertThat(beijing(calendars.get(name).endOfNthWorkingDay(at("2026-03-02T10:00"), 1)))
        .isEqualTo("2026-03-02T17:00");

    List<JsonNode> log = new ArrayList<>();
    api.get("zhangwei", "/" + name + "/changes").forEach(log::add);
    assertThat(log).extracting(c -> c.get("change").asText()).startsWith("change-hours", "change-hours", "remove-day",
        "change-day", "add-day").endsWith("add-statutory-days", "add-calendar");
    JsonNode removal = log.get(2);
    assertThat(removal.get("user").asText()).isEqualTo("huangjun");
    assertThat(removal.get("subject").asText()).isEqualTo("2026-03-03");
    assertThat(removal.get("before").asText()).isEqualTo("调休上班 停电检修改期");
    assertThat(removal.get("after").isNull()).isTrue();
    assertThat(removal.get("time").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*");
    assertThat(log.get(3).get("before").asText()).isEqualTo("放假 停电检修");
    assertThat(log.get(3).get("after").asText()).isEqualTo("调休上班 停电检修改期");
    assertThat(log).filteredOn(c -> c.get("subject").asText().equals("周六")).singleElement()
        .satisfies(c -> {
          assertThat(c.get("before").asText()).isEqualTo("休息");
          assertThat(c.get("after").asText()).isEqualTo("09:00-12:00");
        });
    assertThat(log.get(log.size() - 1).get("user").asText()).isEqualTo("huangjun");
  }

  @Test
  void badInputIsRefusedWithTheFieldNamedAndChangesNothing() {
    String name = api.newOfficeCalendar("refusals");
    long version = calendars.stored(name).version();
    int logged = api.get("huangjun", "/" + name + "/changes").size();

    assertRefused(api.call("huangjun", HttpMethod.PUT, "/" + name + "/hours",
        Map.of("MONDAY", "08:30-12:00,11:00-13:30")), 400, "hours.MONDAY(周一工作时间): 时段 08:30-12:00 与 11:00-13:30 重叠");
    assertRefused(api.call("huangjun", HttpMethod.PUT, "/" + name + "/hours",
        Map.of("FRIDAY", "09:00-17:00", "TUESDAY", "17:30-08:30")), 400, "hours.TUESDAY(周二工作时间): 时段 17:30-08:30 的开始不早于结束");
    assertRefused(api.call("huangjun", HttpMethod.PUT, "/" + name + "/hours",
        Map.of("MONDAY", "", "TUESDAY", "", "WEDNESDAY", "", "THURSDAY", "", "FRIDAY", "")), 400, "每天都没有工作时间");
    assertRefused(api.call("huangjun", HttpMethod.PUT, "/" + name + "/hours", Map.of("Funday", "09:00-17:00")), 400,
        "不是星期几");
    assertRefused(api.call("huangjun", HttpMethod.POST, "/" + name + "/days",
        Map.of("date", "2026-02-30", "name", "不存在的一天", "off", true)), 400, "date(日期): 2026-02-30 这一天不存在");
    assertRefused(api.call("huangjun", HttpMethod.POST, "/" + name + "/days",
        Map.of("date", "2026-10-01", "name", "国庆", "off", true)), 400, "已有 2026-10-01（放假 国庆节）");
    assertRefused(api.call("huangjun", HttpMethod.POST, "/" + name + "/days",
        Map.of("date", "2026-10-09", "name", "年会")), 400, "off(类型): 必填");
    assertRefused(api.call("huangjun", HttpMethod.POST, "/" + name + "/days",
        Map.of("date", "2026-10-09", "name", " ", "off", true)), 400, "name(名称): 必填");
    assertRefused(api.call("huangjun", HttpMethod.POST, "/" + name + "/days",
        Map.of("date", "2026-10-09", "name", "年会", "off", "yes")), 400, "请求内容无法读取");
    assertRefused(api.call("huangjun", HttpMethod.PUT, "/" + name + "/days/2026-10-09",
        Map.of("name", "年会", "off", true)), 404, "没有 2026-10-09 这一天的记录");
    assertRefused(api.call("huangjun", HttpMethod.DELETE, "/" + name + "/days/2026-02-29", null), 400,
        "2026-02-29 这一天不存在");
    assertRefused(api.call("huangjun", HttpMethod.POST, "/no-such-calendar/days",
        Map.of("date", "2026-10-09", "name", "年会", "off", true)), 404, "没有名为 \"no-such-calendar\" 的工作日历");
    assertRefused(api.call("huangjun", HttpMethod.GET, "/no-such-calendar", null), 404, "office-hours");
    assertRefused(api.call("huangjun", HttpMethod.GET, "/" + name + "?year=1999", null), 400, "year(年份)");
    assertRefused(rest.withBasicAuth("huangjun", "demo").exchange("/api/calendars/" + name + "/days", HttpMethod.POST,
        new org.springframework.http.HttpEntity<>("date=2026-10-09&name=x&off=true", formHeaders()), String.class),
        415, "不支持此请求内容类型 application/x-www-form-urlencoded");
    assertRefused(api.call("huangjun", HttpMethod.PUT, "/" + name + "/hours", Map.of("MONDAY",
        "08:00-08:10,08:20-08:30,08:40-08:50,09:00-09:10,09:20-09:30,09:40-09:50,10:00-10:10,10:20-10:30,"
            + "10:40-10:50,11:00-11:10,11:20-11:30,11:40-11:50,12:00-12:10")), 400, "一天最多 12 个时段");
    assertRefused(api.call("huangjun", HttpMethod.POST, "", Map.of("name", name, "title", "又一个",
        "hours", Map.of("MONDAY", OFFICE_HOURS))), 400, "name(日历名称): 已有名为 " + name);
    assertRefused(api.call("huangjun", HttpMethod.POST, "", Map.of("name", "Office Hours!", "title", "坏名字",
        "hours", Map.of("MONDAY", OFFICE_HOURS))), 400, "name(日历名称)");
    assertRefused(api.call("huangjun", HttpMethod.POST, "", Map.of("name", "mars-time", "title", "火星",
        "timeZone", "Mars/Olympus", "hours", Map.of("MONDAY", OFFICE_HOURS))), 400, "timeZone(时区)");

    assertThat(calendars.stored(name).version()).isEqualTo(version);
    assertThat(calendars.get(name).week().get(java.time.DayOfWeek.MONDAY)).hasToString(OFFICE_HOURS);
    assertThat(calendars.get(name).week().get(java.time.DayOfWeek.FRIDAY)).hasToString(OFFICE_HOURS);
    assertThat(api.get("huangjun", "/" + name + "/changes")).hasSize(logged);
    assertThat(api.get("huangjun", "").get("calendars")).extracting(c -> c.get("name").asText())
        .doesNotContain("mars-time", "Office Hours!");
  }

  @Test
  void onlyTheOfficeManagerAndAdministratorsChangeCalendars() {
    String name = api.newOfficeCalendar("rights");
    for (String user : List.of("zhangwei", "wangfang", "guoyu", "xuting")) {
      assertRefused(api.call(user, HttpMethod.POST, "/" + name + "/days",
          Map.of("date", "2026-11-11", "name", "双十一", "off", true)), 403, user + " 无权修改工作日历");
      assertRefused(api.call(user, HttpMethod.PUT, "/" + name + "/hours", Map.of("SUNDAY", "09:00-12:00")), 403,
          "仅限管理处主任");
      assertRefused(api.call(user, HttpMethod.POST, "", Map.of("name", "mine", "title", "我的",
          "hours", Map.of("MONDAY", OFFICE_HOURS))), 403, "无权");
      assertThat(api.get(user, "/" + name).get("mayChange").asBoolean()).isFalse();
    }
    assertThat(calendars.get(name).day(LocalDate.parse("2026-11-11"))).isEmpty();
    assertThat(api.get("huangjun", "/" + name).get("mayChange").asBoolean()).isTrue();
    assertThat(api.call("demo", HttpMethod.POST, "/" + name + "/days",
        Map.of("date", "2026-11-11", "name", "双十一", "off", true)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(rest.getForEntity("/api/calendars", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theStartUpAddsWhatIsMissingOnlyAndLeavesTheManagersChanges() {
    String name = api.newOfficeCalendar("reload");
    assertThat(calendars.get(name).days()).hasSize(Calendars.statutoryDays().size());
    api.call("huangjun", HttpMethod.DELETE, "/" + name + "/days/2026-02-28", null);
    api.call("huangjun", HttpMethod.PUT, "/" + name + "/days/2026-10-10", Map.of("name", "国庆节（本中心不调休）", "off", true));
    api.call("huangjun", HttpMethod.PUT, "/" + name + "/hours", Map.of("FRIDAY", "08:30-12:00"));
    long officeVersion = calendars.stored("office-hours").version();
    WorkingCalendar before = calendars.get(name);

    loader.load();

    assertThat(calendars.get(name).days()).isEqualTo(before.days());
    assertThat(calendars.get(name).day(LocalDate.parse("2026-02-28"))).isEmpty();
    assertThat(calendars.get(name).day(LocalDate.parse("2026-10-10")))
        .contains(new CalendarDay(LocalDate.parse("2026-10-10"), "国庆节（本中心不调休）", true));
    assertThat(calendars.get(name).week().get(java.time.DayOfWeek.FRIDAY)).hasToString("08:30-12:00");
    assertThat(calendars.stored("office-hours").version()).isEqualTo(officeVersion);
  }

  @Test
  void fromTheFirstOfDecemberTheMissingNextYearIsSaidAtStartUpAndByTheApi(CapturedOutput output) {
    String name = api.newOfficeCalendar("next-year");
    ClockUtil.setCurrentTime(Date.from(at("2026-11-30T23:00")));
    assertThat(warnings(api.get("huangjun", ""))).noneMatch(w -> w.contains("2027"));

    ClockUtil.setCurrentTime(Date.from(at("2026-12-01T08:00")));
    assertThat(warnings(api.get("zhangwei", ""))).anyMatch(w -> w.startsWith("工作日历 office-hours（")
        && w.contains("还没有 2027 年的法定节假日")).noneMatch(w -> w.contains("duty-24h"));
    assertThat(warnings(api.get("zhangwei", "/" + name))).singleElement().asString().contains(name).contains("2027");
    loader.warnOfMissingYears();
    assertThat(output.getAll()).contains("Working calendar office-hours has no statutory days off for 2027");

    // The office manager enters 2027's 元旦 from the State Council's notice: the warning for that calendar goes.
    assertThat(api.call("huangjun", HttpMethod.POST, "/" + name + "/days",
        Map.of("date", "2027-01-01", "name", "元旦", "off", true)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(warnings(api.get("zhangwei", "/" + name))).isEmpty();
    assertThat(warnings(api.get("zhangwei", ""))).noneMatch(w -> w.contains(name));
    // The page shows the year of the engine's clock by default.
    assertThat(api.get("zhangwei", "/" + name).get("year").asInt()).isEqualTo(2026);
  }

  private static void assertRefused(ResponseEntity<String> answer, int status, String text) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
    assertThat(message(answer)).contains(text).doesNotContain("Exception", "com.servicecentre", "SQL");
  }

  private static org.springframework.http.HttpHeaders formHeaders() {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
    return headers;
  }

  private static List<String> warnings(JsonNode answer) {
    List<String> warnings = new ArrayList<>();
    answer.get("warnings").forEach(w -> warnings.add(w.asText()));
    return warnings;
  }

  private static JsonNode calendar(JsonNode list, String name) {
    for (JsonNode calendar : list.get("calendars")) {
      if (calendar.get("name").asText().equals(name)) {
        return calendar;
      }
    }
    throw new AssertionError("no calendar " + name + " in " + list);
  }

  private static JsonNode day(JsonNode calendar, String date) {
    for (JsonNode day : calendar.get("days")) {
      if (day.get("date").asText().equals(date)) {
        return day;
      }
    }
    throw new AssertionError("no day " + date + " in " + calendar);
  }
}
