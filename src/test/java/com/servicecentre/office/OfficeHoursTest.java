package com.servicecentre.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import java.time.LocalTime;
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
 */
@ServiceCentreTest
class OfficeHoursTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

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
      LocalTime jinxiu = investigationDueAt(new TasklistClient(rest, "sunyue", "demo"), "A座1001");
      LocalTime cuihu = investigationDueAt(new TasklistClient(rest, "zhangwei", "demo"), "3栋1单元502");

      // 当天下班前: at the end of the office's working day
      assertThat(jinxiu).isEqualTo(LocalTime.of(20, 0));
      assertThat(cuihu).isEqualTo(LocalTime.of(17, 30));
    } finally {
      admin.send(HttpMethod.PUT, "/api/offices/A02", "{\"calendar\": \"office-hours\"}");
    }
  }

  private LocalTime investigationDueAt(TasklistClient clerk, String unit) {
    ResponseEntity<String> started = clerk.submitStartForm("complaint-handling", Map.of("complainantName", "王女士",
        "unit", unit, "phone", "13900001111", "channel", "phone", "category", "noise", "severity", "normal",
        "description", "楼上装修噪音"));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String instanceId = TasklistClient.json(started).get("id").asText();
    var task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey("investigateComplaint").singleResult();
    return task.getDueDate().toInstant().atZone(SHANGHAI).toLocalTime();
  }
}
