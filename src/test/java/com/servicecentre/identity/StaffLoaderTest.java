package com.servicecentre.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ServiceCentreTest;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@ServiceCentreTest
class StaffLoaderTest {

  @Autowired ProcessEngine engine;
  @Autowired StaffLoader loader;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void cleanUp() {
    engine.getIdentityService().clearAuthentication();
    // the tasks made by hand here; cases other test classes left running in the shared application stay
    engine.getTaskService().createTaskQuery().list().stream().filter(t -> t.getProcessInstanceId() == null)
        .forEach(t -> engine.getTaskService().deleteTask(t.getId(), true));
  }

  @Test
  void groupsUsersAndFiltersAreLoaded() {
    var identity = engine.getIdentityService();
    assertThat(identity.createGroupQuery().groupId("designer-chief").singleResult().getName()).isEqualTo("FA首席设计师");
    assertThat(identity.createGroupQuery().groupId("office-manager").singleResult().getName()).isEqualTo("管理处主任");
    assertThat(identity.createUserQuery().memberOfGroup("customer-service").count()).isGreaterThanOrEqualTo(2);
    assertThat(identity.checkPassword("zhangwei", "demo")).isTrue();
    assertThat(engine.getFilterService().createFilterQuery().list()).extracting("name")
        .contains("我的任务", "我组的任务", "即将超时", "已超时", "工程维修部任务");
    var auth = engine.getAuthorizationService();
    assertThat(auth.isUserAuthorized("zhangwei", List.of("customer-service"), Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(auth.isUserAuthorized("guoyu", List.of("auditor"), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(auth.isUserAuthorized("guoyu", List.of("auditor"), Permissions.ACCESS, Resources.APPLICATION, "admin")).isFalse();
    assertThat(auth.isUserAuthorized("zhangwei", List.of("customer-service"), Permissions.ACCESS, Resources.APPLICATION, "admin")).isFalse();
    assertThat(auth.isUserAuthorized("zhangwei", List.of("customer-service"), Permissions.READ, Resources.PROCESS_DEFINITION, "complaint-handling")).isTrue();
    assertThat(auth.isUserAuthorized("zhangwei", List.of("customer-service"), Permissions.READ, Resources.PROCESS_DEFINITION, "lead-to-order")).isFalse();
    assertThat(auth.isUserAuthorized("zhuyan", List.of("designer"), Permissions.READ, Resources.PROCESS_DEFINITION, "lead-to-order")).isTrue();
    assertThat(auth.isUserAuthorized("guoyu", List.of("auditor"), Permissions.READ_HISTORY, Resources.PROCESS_DEFINITION, "complaint-handling")).isTrue();
  }

  @Test
  void everyTaskCardShowsTheCaseNumberWhoAndWhere() {
    // The task's copies of the case variables (CaseOnTheCard), which the task's candidates may read.
    for (var filter : engine.getFilterService().createFilterQuery().list()) {
      List<?> shown = (List<?>) filter.getProperties().get("variables");
      assertThat(shown.stream().map(v -> (Object) ((Map<?, ?>) v).get("name")).toList()).as(filter.getName())
          .contains("card_caseNo", "card_complainantName", "card_reporter", "card_applicant", "card_customerName",
              "card_place", "card_address");
    }
  }

  @Test
  void runningTheLoaderAgainChangesNothing() {
    long users = engine.getIdentityService().createUserQuery().count();
    long groups = engine.getIdentityService().createGroupQuery().count();
    long grants = engine.getAuthorizationService().createAuthorizationQuery().count();
    long filters = engine.getFilterService().createFilterQuery().count();
    loader.load();
    assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(users);
    assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(groups);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(grants);
    assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(filters);
  }

  @Test
  void grantsAnEarlierReleaseGaveAndStaffYmlNoLongerListsAreTakenAwayAtStartUp() {
    var auth = engine.getAuthorizationService();
    // Before the least-privilege release: account managers read and assigned every task of every process, and the
    // dispatcher could change (and suspend) any repair.
    Authorization everyTask = auth.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    everyTask.setGroupId("account-manager");
    everyTask.setResource(Resources.TASK);
    everyTask.setResourceId("*");
    everyTask.addPermission(Permissions.READ);
    everyTask.addPermission(Permissions.TASK_ASSIGN);
    auth.saveAuthorization(everyTask);
    Authorization repairs = auth.createAuthorizationQuery().groupIdIn("dispatcher")
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("repair-dispatch").singleResult();
    repairs.addPermission(ProcessDefinitionPermissions.UPDATE_INSTANCE);
    auth.saveAuthorization(repairs);

    loader.load();

    assertThat(auth.createAuthorizationQuery().groupIdIn("account-manager").resourceType(Resources.TASK).count())
        .isZero();
    assertThat(auth.isUserAuthorized("yangming", List.of("dispatcher"), ProcessDefinitionPermissions.UPDATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "repair-dispatch")).isFalse();
    assertThat(auth.isUserAuthorized("yangming", List.of("dispatcher"), ProcessDefinitionPermissions.TASK_ASSIGN,
        Resources.PROCESS_DEFINITION, "repair-dispatch")).isTrue();
    assertThat(auth.isUserAuthorized("zhouli", List.of("account-manager"), ProcessDefinitionPermissions.TASK_ASSIGN,
        Resources.PROCESS_DEFINITION, "move-out-refund")).isFalse();
  }

  @Test
  void dueFiltersSeparateSoonDueFromOverdueTasks() {
    long now = System.currentTimeMillis();
    Task overdue = groupTask("overdue", new Date(now - 3_600_000), new Date(now - 7_200_000));
    // past its warning instant (the follow-up date the service levels set), not yet due
    Task dueSoon = groupTask("due-soon", new Date(now + 3_600_000), new Date(now - 60_000));
    groupTask("due-later", new Date(now + 3 * 86_400_000L), new Date(now + 2 * 86_400_000L));

    engine.getIdentityService().setAuthentication("zhangwei", List.of("customer-service"));
    assertThat(namesIn("已超时")).containsExactly(overdue.getName());
    assertThat(namesIn("即将超时")).containsExactly(dueSoon.getName());
    assertThat(namesIn("我组的任务")).hasSize(3);
  }

  @Test
  void auditorCannotCompleteATask() {
    Task task = groupTask("to-complete", null);
    var response = rest.withBasicAuth("guoyu", "demo")
        .postForEntity("/engine-rest/task/" + task.getId() + "/complete", Map.of(), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  private Task groupTask(String name, Date due) {
    return groupTask(name, due, null);
  }

  private Task groupTask(String name, Date due, Date warnFrom) {
    Task task = engine.getTaskService().newTask();
    task.setName(name);
    task.setDueDate(due);
    task.setFollowUpDate(warnFrom);
    engine.getTaskService().saveTask(task);
    engine.getTaskService().addCandidateGroup(task.getId(), "customer-service");
    return task;
  }

  private List<String> namesIn(String filterName) {
    var filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
    return engine.getFilterService().<Task>list(filter.getId()).stream().map(Task::getName).toList();
  }
}
