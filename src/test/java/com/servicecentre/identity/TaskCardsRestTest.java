package com.servicecentre.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import com.servicecentre.lead.LeadToOrderProcessTest;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The case on the task card (issue 16, item 9), read as Tasklist reads it: a filter's list in HAL form with the
 * filter's variables embedded per task, with the clerk's own rights. A clerk sees the number, the person and the
 * place of each case she may work on, in every filter, without any right to read the case (process instance) itself.
 */
@ServiceCentreTest
class TaskCardsRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired StaffLoader loader;
  private final List<String> started = new ArrayList<>();

  /** The cases started here are closed again: the shared application's other tests count open tasks and grants. */
  @AfterEach
  void closeTheCases() {
    started.forEach(id -> engine.getRuntimeService().deleteProcessInstanceIfExists(id, "test finished", true, true,
        true, true));
  }

  @Test
  void maintenanceReadsTheCaseOnTheCardOfAComplaintRoutedToItInEveryFilter() {
    // A complaint about a repair, investigated and given to maintenance by the supervisor.
    ResponseEntity<String> started = as("zhangwei").submitStartForm("complaint-handling", new HashMap<>(Map.of(
        "complainantName", "刘女士", "unit", "5栋2单元701", "phone", "13900001111", "channel", "phone",
        "category", "repair", "severity", "normal", "description", "楼道灯坏了")));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String instance = TasklistClient.json(started).get("id").asText();
    this.started.add(instance);
    String caseNo = TasklistClient.json(started).get("businessKey").asText();
    assertThat(as("zhangwei").claimAndSubmit(instance, "investigateComplaint", "zhangwei",
        Map.of("findings", "楼道灯不亮", "suggestedFix", "换灯")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as("wangfang").claimAndSubmit(instance, "decideDepartment", "wangfang",
        Map.of("responsibleGroup", "maintenance", "proposedFix", "换灯")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("handleComplaint").singleResult();
    Map<String, String> card = Map.of("card_caseNo", caseNo, "card_complainantName", "刘女士",
        "card_unit", "5栋2单元701");

    for (String filter : List.of("我组的任务", "工程维修部任务")) {
      assertThat(cardOf("liuqiang", filter, task)).as(filter).containsAllEntriesOf(card);
    }
    assertThat(as("liuqiang").claim(task.getId(), "liuqiang").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(cardOf("liuqiang", "我的任务", task)).containsAllEntriesOf(card);

    // Past the warning instant (即将超时), then past the due date (已超时): the same card.
    TaskService tasks = engine.getTaskService();
    Task stored = tasks.createTaskQuery().taskId(task.getId()).singleResult();
    stored.setFollowUpDate(new Date(System.currentTimeMillis() - 60_000));
    stored.setDueDate(new Date(System.currentTimeMillis() + 3_600_000));
    tasks.saveTask(stored);
    assertThat(cardOf("liuqiang", "即将超时", task)).containsAllEntriesOf(card);
    stored.setDueDate(new Date(System.currentTimeMillis() - 60_000));
    tasks.saveTask(stored);
    assertThat(cardOf("liuqiang", "已超时", task)).containsAllEntriesOf(card);

    // The least right: the clerk still cannot read the case itself, nor any of its own variables.
    assertThat(as("liuqiang").send(HttpMethod.GET, "/engine-rest/process-instance/" + instance, null)
        .getStatusCode().is2xxSuccessful()).isFalse();
    JsonNode variables = as("liuqiang").get("/engine-rest/variable-instance?processInstanceIdIn=" + instance);
    assertThat(StreamSupport.stream(variables.spliterator(), false)
        .filter(v -> v.path("taskId").isNull() || v.path("taskId").isMissingNode())
        .map(v -> v.get("name").asText()).toList()).isEmpty();
    // and a clerk of another department does not read the card at all
    assertThat(cardOf("zhaomin", "已超时", task)).isNull();

    // The copies are the card's, not changes of the case: the auditors' trail leaves them out.
    JsonNode trail = as("guoyu").get("/api/audit/cases/" + caseNo);
    assertThat(trail.get("variableChanges").findValuesAsText("variable")).contains("caseNo", "complainantName")
        .noneMatch(name -> name.startsWith("card_"));
  }

  @Test
  void everyProcessPutsItsCaseOnTheCardsOfItsTasks() {
    TasklistClient clerk = as("zhangwei");
    String repair = started(clerk.submitStartForm("repair-dispatch", new HashMap<>(Map.of("reporter", "王先生",
        "areaType", "in-home", "unit", "5栋2单元702", "trade", "plumbing-electrical", "repairSize", "minor",
        "urgency", "normal", "underWarranty", false, "description", "水龙头漏水", "phone", "13900001111"))));
    // A home repair's place is its unit: shown once.
    assertThat(copiesOnTheOpenTask(repair)).containsEntry("card_reporter", "王先生")
        .containsEntry("card_place", "5栋2单元702").doesNotContainKey("card_unit").containsKey("card_caseNo");

    String moveOut = started(clerk.submitStartForm("move-out-refund", Map.of(
        "applicant", "赵先生", "unit", "9栋109", "moveOutDate", "2026-12-01", "reason", "lease-end",
        "refundAccount", "工商银行 6222 0000 1111", "renovationDeposit", 1000.0)));
    assertThat(copiesOnTheOpenTask(moveOut)).containsEntry("card_applicant", "赵先生")
        .containsEntry("card_unit", "9栋109").containsKey("card_caseNo");

    String lead = started(as("zhouli").submitStartForm("lead-to-order",
        new HashMap<>(LeadToOrderProcessTest.lead("137" + (10_000_000 + (int) (Math.random() * 89_999_999)), 20000,
            "walk-in"))));
    assertThat(copiesOnTheOpenTask(lead)).containsEntry("card_customerName", "陈先生")
        .containsEntry("card_address", "锦绣花园3栋1202").containsKey("card_caseNo");

    // A task created before the cards had copies (here: its copies taken away) gets them at the next start-up.
    Task settlement = engine.getTaskService().createTaskQuery().processInstanceId(moveOut).singleResult();
    engine.getTaskService().removeVariablesLocal(settlement.getId(), List.of("card_caseNo", "card_applicant",
        "card_unit"));
    loader.load();
    assertThat(engine.getTaskService().getVariablesLocal(settlement.getId())).containsEntry("card_applicant", "赵先生")
        .containsEntry("card_unit", "9栋109").containsKey("card_caseNo");

    // Every filter shows the copies, which its readers may read, under the labels staff.yml gives.
    for (Filter filter : engine.getFilterService().createFilterQuery().list()) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> shown = (List<Map<String, Object>>) filter.getProperties().get("variables");
      assertThat(shown).as(filter.getName()).isNotEmpty()
          .allSatisfy(v -> assertThat((String) v.get("name")).startsWith("card_"))
          .anySatisfy(v -> assertThat(v).containsEntry("name", "card_caseNo").containsEntry("label", "编号"));
    }
  }

  /** The card of the task in this filter's list as the person's Tasklist gets it, or null when it is not listed. */
  private Map<String, String> cardOf(String login, String filterName, Task task) {
    TasklistClient client = as(login);
    String filterId = StreamSupport.stream(client.get("/engine-rest/filter?resourceType=Task").spliterator(), false)
        .filter(f -> filterName.equals(f.get("name").asText())).map(f -> f.get("id").asText()).findFirst()
        .orElse(null);
    if (filterId == null) {
      return null;
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    ResponseEntity<String> list = rest.withBasicAuth(login, "demo").exchange(
        "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=50", HttpMethod.POST,
        new HttpEntity<>("{\"processInstanceId\":\"" + task.getProcessInstanceId() + "\"}", headers), String.class);
    assertThat(list.getStatusCode()).as(list.getBody()).isEqualTo(HttpStatus.OK);
    for (JsonNode listed : TasklistClient.json(list).path("_embedded").path("task")) {
      if (task.getId().equals(listed.get("id").asText())) {
        assertThat(listed.get("due").isNull()).as("due date on the card").isFalse();
        Map<String, String> card = new HashMap<>();
        listed.path("_embedded").path("variable").forEach(v -> card.put(v.get("name").asText(), v.get("value").asText()));
        return card;
      }
    }
    return null;
  }

  private Map<String, Object> copiesOnTheOpenTask(String instance) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    return engine.getTaskService().getVariablesLocal(task.getId());
  }

  private TasklistClient as(String login) {
    return new TasklistClient(rest, login, "demo");
  }

  private String started(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    String instance = TasklistClient.json(response).get("id").asText();
    started.add(instance);
    return instance;
  }
}
