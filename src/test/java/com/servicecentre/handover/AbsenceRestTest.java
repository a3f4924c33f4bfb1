package com.servicecentre.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import com.servicecentre.common.EngineClock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * /api/absences: an absence (请假/出差) is entered by the person or by their department head (seed 001 L40–41: a
 * manager away two days or more names who signs for them and for how long; seed 004 L67: the supervisor names who
 * stands in), with a deputy from the person's own groups; anyone else is refused, and wrong dates are refused
 * naming the field.
 */
@ServiceCentreTest
class AbsenceRestTest {

  private static final Pattern INTERNALS = Pattern.compile("Exception|\\b(java|org|com)\\.[a-z]+\\.|SQL");

  @Autowired TestRestTemplate rest;
  @Autowired Absences absences;
  @Autowired TaskHandovers handovers;

  private final LocalDate nextWeek = LocalDate.now(EngineClock.ZONE).plusDays(7);

  @AfterEach
  void withdrawEverything() {
    absences.of(null, 1000).stream()
        .filter(a -> Absence.PLANNED.equals(a.state()) || Absence.ACTIVE.equals(a.state()))
        .forEach(a -> handovers.end(a.id(), "demo"));
  }

  /** Seed 002 L463: a staff member enters their own leave; who entered it comes from the login. */
  @Test
  void aClerkEntersHerOwnLeaveWithAColleagueAsDeputy() {
    ResponseEntity<String> entered = post("zhangwei", Map.of("kind", "leave", "from", nextWeek.toString(),
        "to", nextWeek.plusDays(1).toString(), "deputy", "lina", "note", "年假", "user", ""));
    assertThat(entered.getStatusCode()).as(entered.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode absence = TasklistClient.json(entered);
    assertThat(absence.get("user").asText()).isEqualTo("zhangwei");
    assertThat(absence.get("enteredBy").asText()).isEqualTo("zhangwei");
    assertThat(absence.get("kindName").asText()).isEqualTo("请假");
    assertThat(absence.get("deputyName").asText()).isEqualTo("李娜");
    assertThat(absence.get("from").asText()).isEqualTo(nextWeek + "T00:00");
    assertThat(absence.get("to").asText()).isEqualTo(nextWeek.plusDays(2) + "T00:00");
    assertThat(absence.get("state").asText()).isEqualTo("planned");

    // Listed for her; withdrawn by her before it began.
    JsonNode mine = as("zhangwei").get("/api/absences");
    assertThat(mine.findValuesAsText("id")).contains(absence.get("id").asText());
    ResponseEntity<String> withdrawn = as("zhangwei").send(HttpMethod.DELETE,
        "/api/absences/" + absence.get("id").asText(), null);
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(TasklistClient.json(withdrawn).get("state").asText()).isEqualTo("cancelled");
  }

  /** Seed 004 L67 / 001 L40–41: the department head enters it for a member of the department. */
  @Test
  void theSupervisorEntersALeaveForAClerkOfHerDepartment() {
    ResponseEntity<String> entered = post("wangfang", Map.of("user", "lina", "kind", "business-trip",
        "from", nextWeek + "T13:30", "to", nextWeek.plusDays(2) + "T12:00", "deputy", "zhangwei"));
    assertThat(entered.getStatusCode()).as(entered.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode absence = TasklistClient.json(entered);
    assertThat(absence.get("user").asText()).isEqualTo("lina");
    assertThat(absence.get("enteredBy").asText()).isEqualTo("wangfang");
    assertThat(absence.get("kindName").asText()).isEqualTo("出差");
    // The clerk sees it too, the supervisor among her department's.
    assertThat(as("lina").get("/api/absences").findValuesAsText("enteredBy")).contains("wangfang");
    assertThat(as("wangfang").get("/api/absences/people").findValuesAsText("userId")).contains("lina", "zhangwei");
  }

  /** Only the person and their head: a colleague of another department is refused, and so is a deputy from it. */
  @Test
  void aStrangerCannotEnterSomeoneElsesAbsenceNorBeTheirDeputy() {
    ResponseEntity<String> stranger = post("liuqiang", Map.of("user", "zhangwei", "kind", "leave",
        "from", nextWeek.toString(), "to", nextWeek.toString()));
    assertRefused(stranger, 403, "liuqiang 无权登记", "本人和本处的部门负责人");
    // A technician's head is the dispatcher, not the customer-service supervisor.
    assertRefused(post("wangfang", Map.of("user", "liuqiang", "kind", "leave", "from", nextWeek.toString(),
        "to", nextWeek.toString())), 403, "无权登记");
    assertRefused(post("zhangwei", Map.of("kind", "leave", "from", nextWeek.toString(), "to", nextWeek.toString(),
        "deputy", "liuqiang")), 400, "deputy(代理人)", "不是 张伟 所在组的成员");
    assertThat(absences.of(java.util.List.of("zhangwei", "liuqiang"), 100))
        .noneMatch(a -> Absence.PLANNED.equals(a.state()) || Absence.ACTIVE.equals(a.state()));
  }

  /** Bad dates are refused, naming the field: an end before the start, a day that does not exist, a past leave. */
  @Test
  void wrongDatesAreRefusedNamingTheField() {
    assertRefused(post("zhangwei", Map.of("kind", "leave", "from", nextWeek.plusDays(3).toString(),
        "to", nextWeek.toString())), 400, "to(结束时间)", "须晚于开始时间");
    assertRefused(post("zhangwei", Map.of("kind", "leave", "from", "2026-02-30", "to", nextWeek.toString())),
        400, "from(开始时间)", "2026-02-30");
    assertRefused(post("zhangwei", Map.of("kind", "leave", "from", "2020-01-01", "to", "2020-01-02")),
        400, "to(结束时间)", "已经过去");
    assertRefused(post("zhangwei", new HashMap<>(Map.of("kind", "holiday", "from", nextWeek.toString()))),
        400, "kind(类型)", "to(结束时间)");
    // Two absences of one person cannot overlap.
    assertThat(post("zhangwei", Map.of("kind", "leave", "from", nextWeek.toString(), "to", nextWeek.toString()))
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertRefused(post("zhangwei", Map.of("kind", "business-trip", "from", nextWeek + "T15:00",
        "to", nextWeek.plusDays(1).toString())), 400, "时间重叠");
  }

  /** The page staff use for the same: /absences/ (it logs in and calls this API). */
  @Test
  void thePageAnswersAtAbsences() {
    ResponseEntity<String> page = rest.getForEntity("/absences/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("请假与代理", "absences.js", "/common/staff-session.js");
    // the login and API calls it shares with the calendars and audit pages
    ResponseEntity<String> shared = rest.getForEntity("/common/staff-session.js", String.class);
    assertThat(shared.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(shared.getBody()).contains("window.StaffSession");
  }

  private ResponseEntity<String> post(String user, Map<String, Object> body) {
    return rest.withBasicAuth(user, "demo").postForEntity("/api/absences", body, String.class);
  }

  private TasklistClient as(String user) {
    return new TasklistClient(rest, user, "demo");
  }

  private static void assertRefused(ResponseEntity<String> response, int status, String... sayings) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    String body = response.getBody() == null ? "" : response.getBody();
    assertThat(INTERNALS.matcher(body).find()).as("internals in " + body).isFalse();
    String message = TasklistClient.json(response).path("message").asText();
    for (String saying : sayings) {
      assertThat(message).contains(saying);
    }
  }
}
