package com.servicecentre.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.TasklistClient;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** /api/calendars as a member of staff calls it (demo logins, password demo). */
final class CalendarApi {

  static final String OFFICE_HOURS = "08:30-12:00,13:30-17:30";

  private final TestRestTemplate rest;

  CalendarApi(TestRestTemplate rest) {
    this.rest = rest;
  }

  ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange("/api/calendars" + path, method, new HttpEntity<>(body, headers),
        String.class);
  }

  JsonNode get(String user, String path) {
    ResponseEntity<String> answer = call(user, HttpMethod.GET, path, null);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return TasklistClient.json(answer);
  }

  /**
   * A calendar of the test's own (office hours Monday to Friday, with the statutory days), added by the office
   * manager, so that changes do not reach the shipped calendars other tests count on.
   */
  String newOfficeCalendar(String prefix) {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> hours = Map.of("MONDAY", OFFICE_HOURS, "TUESDAY", OFFICE_HOURS, "WEDNESDAY", OFFICE_HOURS,
        "THURSDAY", OFFICE_HOURS, "FRIDAY", OFFICE_HOURS);
    ResponseEntity<String> answer = call("huangjun", HttpMethod.POST, "", Map.of("name", name, "title", "测试日历 " + name,
        "timeZone", "Asia/Shanghai", "statutoryDays", true, "hours", hours));
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    return name;
  }

  static String message(ResponseEntity<String> answer) {
    return TasklistClient.json(answer).get("message").asText();
  }
}
