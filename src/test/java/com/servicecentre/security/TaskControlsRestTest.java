package com.servicecentre.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Date;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist's task controls beyond claim and complete (issue 16, item 6), called as Tasklist calls them: unclaim
 * (POST task/{id}/unclaim), the follow-up and due dates (PUT task/{id} with the whole task), the candidate groups
 * (identity links) and 新建任务 (POST task/create). Each works where the work needs it and is refused in Chinese
 * everywhere else, and a refusal changes nothing.
 */
@ServiceCentreTest
class TaskControlsRestTest {

  private static final Pattern INTERNALS = Pattern.compile("Exception|\\b(java|org|com)\\.[a-z]+\\.|SQL");

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  @Test
  void aClerkPutsBackATaskSheClaimedByMistakeAndAColleagueCanTakeIt() {
    Task task = complaintHandlingClaimedBy("zhangwei");

    assertThat(as("zhangwei").send(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/unclaim", "{}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(assigneeOf(task)).isNull();
    assertThat(as("lina").claim(task.getId(), "lina").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void onlyTheAssigneeOrHerDepartmentHeadPutsATaskBack() {
    Task task = complaintHandlingClaimedBy("zhangwei");

    assertRefused(as("lina").send(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/unclaim", "{}"), 403,
        "李娜 不能放回", "张伟 认领");
    assertRefused(as("liuqiang").send(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/unclaim", "{}"),
        403, "");
    assertThat(assigneeOf(task)).isEqualTo("zhangwei");

    assertThat(as("wangfang").send(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/unclaim", "{}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(assigneeOf(task)).isNull();
  }

  /**
   * A claimed task is its assignee's: the registers take who decided, approved or signed from it. A colleague of the
   * same group can neither take it away with an empty claim (the engine's unclaim) nor complete it in her name.
   */
  @Test
  void aColleagueNeitherTakesAwayNorCompletesATaskAnotherClaimed() {
    Task task = complaintHandlingClaimedBy("zhangwei");

    assertRefused(as("lina").send(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/claim", "{}"), 403,
        "李娜 不能放回", "张伟 认领");
    assertThat(assigneeOf(task)).isEqualTo("zhangwei");

    assertRefused(as("lina").submitTaskForm(task.getId(), Map.of("cause", "装修", "actions", "劝导",
        "result", "已停工")), 403, "此任务已由 张伟 认领");
    assertThat(stored(task)).isNotNull();
    assertThat(as("zhangwei").submitTaskForm(task.getId(), Map.of("cause", "装修", "actions", "劝导",
        "result", "已停工")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void aTechnicianCannotPutBackAJobGivenToHimInPerson() {
    String job = started(as("zhangwei").submitStartForm("repair-dispatch", repairForm()));
    as("yangming").claimAndSubmit(job, "dispatchTechnician", "yangming", Map.of("technician", "liuqiang"));
    Task arrival = engine.getTaskService().createTaskQuery().processInstanceId(job).singleResult();

    assertRefused(as("liuqiang").send(HttpMethod.POST, "/engine-rest/task/" + arrival.getId() + "/unclaim", "{}"),
        403, "交给 刘强 本人办理", "改派");
    assertThat(assigneeOf(arrival)).isEqualTo("liuqiang");
  }

  @Test
  void theHandlerSetsAFollowUpDateAndClearsItAgain() {
    Task task = complaintHandlingClaimedBy("zhangwei");
    String followUp = LocalDate.now().plusDays(3) + "T09:00:00.000+0800";
    Date warningInstant = stored(task).getFollowUpDate();

    assertThat(update("zhangwei", task, Map.of("followUp", followUp)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(stored(task).getFollowUpDate()).isNotNull().isNotEqualTo(warningInstant);
    assertThat(stored(task).getDueDate()).isEqualTo(task.getDueDate());

    Map<String, Object> cleared = new HashMap<>();
    cleared.put("followUp", null);
    assertThat(update("zhangwei", task, cleared).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(stored(task).getFollowUpDate()).isNull();
  }

  @Test
  void aFollowUpDateOutsideTheNextNinetyDaysIsRefused() {
    Task task = complaintHandlingClaimedBy("zhangwei");
    // The service levels set it to the warning instant; a refused change leaves it there.
    Date warningInstant = stored(task).getFollowUpDate();
    assertRefused(update("zhangwei", task, Map.of("followUp", "9999-01-01T09:00:00.000+0800")), 400,
        "跟进日期", "90 天以内");
    assertThat(stored(task).getFollowUpDate()).isEqualTo(warningInstant);
  }

  @Test
  void anotherDepartmentCannotSetAFollowUpDateOnATaskItDoesNotEvenSee() {
    Task task = complaintHandlingClaimedBy("zhangwei");
    // The service levels set it to the warning instant; a refused change leaves it there.
    Date warningInstant = stored(task).getFollowUpDate();
    assertRefused(update("liuqiang", task, Map.of("followUp", LocalDate.now().plusDays(1) + "T09:00:00.000+0800")),
        404, "找不到");
    assertThat(stored(task).getFollowUpDate()).isEqualTo(warningInstant);
  }

  @Test
  void theServiceLevelDueDateCannotBeRemovedOrMoved() {
    Task task = complaintHandlingClaimedBy("zhangwei");
    assertThat(task.getDueDate()).isNotNull();

    Map<String, Object> removed = new HashMap<>();
    removed.put("due", null);
    assertRefused(update("zhangwei", task, removed), 403, "到期时间是服务时限，不能删除");
    assertRefused(update("wangfang", task, Map.of("due", "2099-01-01T09:00:00.000+0800")), 403,
        "到期时间是服务时限，不能修改");
    assertThat(stored(task).getDueDate()).isEqualTo(task.getDueDate());
  }

  @Test
  void theCandidateGroupsStayWithTheProcess() {
    Task task = complaintHandlingClaimedBy("zhangwei");
    assertRefused(as("zhangwei").send(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/identity-links",
        "{\"groupId\":\"maintenance\",\"type\":\"candidate\"}"), 403, "由流程确定");
    assertRefused(as("zhangwei").send(HttpMethod.POST, "/engine-rest/task/" + task.getId()
        + "/identity-links/delete", "{\"groupId\":\"customer-service\",\"type\":\"candidate\"}"), 403, "由流程确定");
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .anyMatch(l -> "customer-service".equals(l.getGroupId()))
        .noneMatch(l -> "maintenance".equals(l.getGroupId()));
  }

  @Test
  void newTasksComeFromCasesNotFromTheCreateTaskDialog() {
    long before = engine.getTaskService().createTaskQuery().count();
    assertRefused(as("zhangwei").send(HttpMethod.POST, "/engine-rest/task/create",
        "{\"id\":null,\"name\":\"帮我买咖啡\",\"assignee\":\"zhangwei\"}"), 403, "不能在任务列表中新建");
    assertThat(engine.getTaskService().createTaskQuery().count()).isEqualTo(before);
  }

  private Task complaintHandlingClaimedBy(String clerk) {
    String complaint = started(as("zhangwei").submitStartForm("complaint-handling", new HashMap<>(Map.of(
        "complainantName", "刘女士", "unit", "5栋2单元701", "phone", "13900001111", "channel", "phone",
        "category", "noise", "severity", "normal", "description", "楼上夜间装修噪音"))));
    // investigated the same day and the department confirmed: the complaint is at its handling step
    assertThat(as("zhangwei").claimAndSubmit(complaint, "investigateComplaint", "zhangwei",
        Map.of("findings", "夜间装修属实", "suggestedFix", "上门劝导")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as("wangfang").claimAndSubmit(complaint, "decideDepartment", "wangfang",
        Map.of("responsibleGroup", "customer-service", "proposedFix", "上门劝导")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(complaint)
        .taskDefinitionKey("handleComplaint").singleResult();
    assertThat(as(clerk).claim(task.getId(), clerk).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return stored(task);
  }

  /** Tasklist's way: read the task, change fields, send the whole task back. */
  private ResponseEntity<String> update(String user, Task task, Map<String, Object> changes) {
    TasklistClient client = as(user);
    JsonNode current = as("zhangwei").get("/engine-rest/task/" + task.getId());
    // The whole task, its form reference too, as Tasklist sends it (Camunda alone cannot read that back).
    ObjectNode body = ((ObjectNode) current).deepCopy();
    assertThat(body.has("camundaFormRef")).isTrue();
    changes.forEach((field, value) -> {
      if (value == null) {
        body.putNull(field);
      } else {
        body.put(field, String.valueOf(value));
      }
    });
    return client.send(HttpMethod.PUT, "/engine-rest/task/" + task.getId(), body.toString());
  }

  private Task stored(Task task) {
    return engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
  }

  private String assigneeOf(Task task) {
    return stored(task).getAssignee();
  }

  private TasklistClient as(String user) {
    return new TasklistClient(rest, user, "demo");
  }

  private static String started(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return TasklistClient.json(response).get("id").asText();
  }

  private static Map<String, Object> repairForm() {
    return new HashMap<>(Map.of("reporter", "王先生", "areaType", "in-home", "unit", "5栋2单元701",
        "trade", "plumbing-electrical", "repairSize", "minor", "urgency", "normal", "underWarranty", false,
        "description", "水龙头漏水", "phone", "13900001111"));
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
