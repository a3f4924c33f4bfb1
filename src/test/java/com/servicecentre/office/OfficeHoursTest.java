package com.servicecentre.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import com.servicecentre.sla.StepTimes;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Each office keeps its own hours (issue 14): the rules say "office-hours", and a case is timed on the calendar
 * its office names. 锦绣苑 opens 09:00–20:00 every day; 翠湖花园 keeps the centre's 08:30–17:30 on working days.
 * The times the steps took are filed, and counted, per office.
 */
@ServiceCentreTest
class OfficeHoursTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired StepTimes steps;

  @Test
  void aCaseIsTimedOnTheCalendarOfItsOffice() {
    TasklistClient admin = new TasklistClient(rest, "demo", "demo");
    ResponseEntity<String> added = admin.send(HttpMethod.POST, "/api/calendars", """
        {"name": "jinxiu-hours", "title": "锦绣苑营业时间", "timeZone": "Asia/Shanghai", "statutoryDays": false,
         "hours": {"MONDAY": "09:00-20:00", "TUESDAY": "09:00-20:00", "WEDNESDAY": "09:00-20:00",
                   "THURSDAY": "09:00-20:00", "FRIDAY": "09:00-20:00", "SATURDAY": "09:00-20:00",
                   "SUNDAY": "09:00-20:00"}}""");
    assertThat(added.getStatusCode().value()).as(added.getBody()).isIn(201, 409);
    assertThat(admin.send(HttpMethod.PUT, "/api/offices/A02", "{\"calendar\": \"jinxiu-hours\"}").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    try {
      TasklistClient clerkB = new TasklistClient(rest, "sunyue", "demo");
      String caseB = startComplaint(clerkB, "A座1001");
      LocalTime jinxiu = investigationDueAt(caseB);
      LocalTime cuihu = investigationDueAt(startComplaint(new TasklistClient(rest, "zhangwei", "demo"), "3栋1单元502"));

      // 当天下班前: at the end of the office's working day
      assertThat(jinxiu).isEqualTo(LocalTime.of(20, 0));
      assertThat(cuihu).isEqualTo(LocalTime.of(17, 30));

      // the step's time is filed under its office, and each office's figures count their own steps only
      LocalDateTime from = LocalDateTime.now().minusDays(2);
      LocalDateTime to = LocalDateTime.now().plusDays(2);
      long a01Before = investigations(steps.onTimeFigures("complaint-handling", from, to, "A01"));
      long a02Before = investigations(steps.onTimeFigures("complaint-handling", from, to, "A02"));
      assertThat(clerkB.claimAndSubmit(caseB, "investigateComplaint", "sunyue",
          Map.of("findings", "空调外机噪音", "suggestedFix", "请工程部调整外机支架")).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(investigations(steps.onTimeFigures("complaint-handling", from, to, "A02"))).isEqualTo(a02Before + 1);
      assertThat(investigations(steps.onTimeFigures("complaint-handling", from, to, "A01"))).isEqualTo(a01Before);
    } finally {
      admin.send(HttpMethod.PUT, "/api/offices/A02", "{\"calendar\": \"office-hours\"}");
    }
  }

  @Test
  void anOfficeManagerCannotChangeTheHoursOfAnotherOffice() {
    // office-hours is the hours of 锦绣苑 and of the shop too: 翠湖花园's manager may not change them for them
    ResponseEntity<String> refused = new TasklistClient(rest, "huangjun", "demo").send(HttpMethod.PUT,
        "/api/calendars/office-hours/hours", "{\"SATURDAY\": \"09:00-12:00\"}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(TasklistClient.json(refused).path("message").asText()).contains("锦绣苑管理处", "南山设计店");
    assertThat(new TasklistClient(rest, "huangjun", "demo").get("/api/calendars/office-hours").path("hours")
        .path("SATURDAY").asText()).isEmpty();
  }

  private static String startComplaint(TasklistClient clerk, String unit) {
    ResponseEntity<String> started = clerk.submitStartForm("complaint-handling", Map.of("complainantName", "王女士",
        "unit", unit, "phone", "13900001111", "channel", "phone", "category", "noise", "severity", "normal",
        "description", "楼上装修噪音"));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    return TasklistClient.json(started).get("id").asText();
  }

  private static long investigations(List<Map<String, Object>> figures) {
    return figures.stream().filter(f -> "investigateComplaint".equals(f.get("step")))
        .mapToLong(f -> ((Number) f.get("steps")).longValue()).sum();
  }

  private LocalTime investigationDueAt(String instanceId) {
    var task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey("investigateComplaint").singleResult();
    return task.getDueDate().toInstant().atZone(SHANGHAI).toLocalTime();
  }
}
