package com.servicecentre.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TestStaff;
import com.servicecentre.common.CandidateGroups;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Task lists and counts check authorizations by EXISTS (task-query-authorization.xml) instead of Camunda's join:
 * they must answer exactly what Camunda's own statements answer, for clerks, heads and administrators of two
 * offices, whatever the filter, sorting and page.
 */
@ServiceCentreTest
class TaskListAuthorizationTest {

  private static final List<String> PEOPLE = List.of("zhangwei", "sunyue", "wangfang", "liuqiang", "huangjun", "demo");

  @Autowired ProcessEngine engine;

  private final Map<String, String> firstTaskOf = new HashMap<>();

  @BeforeEach
  void complaintsInBothOffices() {
    for (String clerk : List.of("zhangwei", "sunyue", "zhangwei")) {
      TestStaff.as(engine.getIdentityService(), clerk, () -> {
        Map<String, Object> complaint = new HashMap<>();
        complaint.put("complainantName", "刘女士");
        complaint.put("unit", "5栋2单元701");
        complaint.put("phone", "13900001111");
        complaint.put("channel", "phone");
        complaint.put("category", "noise");
        complaint.put("severity", "normal");
        complaint.put("description", "楼上夜间装修噪音");
        String id = engine.getRuntimeService().startProcessInstanceByKey("complaint-handling", complaint).getId();
        firstTaskOf.put(clerk, engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult().getId());
      });
    }
  }

  @Test
  void theTaskListsAnswerWhatCamundasOwnStatementsAnswer() {
    assertThat(mappings()).containsEntry("selectTaskByQueryCriteria",
        "com.servicecentre.security.TaskQueryAuthorization.selectTasksCheckedPerTask");
    // each sorted to the end (task id last), so that both answers have one order to be compared in
    Map<String, UnaryOperator<TaskQuery>> queries = Map.of(
        "我组的任务 (one group, by due date)",
        q -> q.taskCandidateGroup("customer-service").orderByDueDate().asc().orderByTaskId().asc(),
        "two groups", q -> q.taskCandidateGroupIn(List.of("customer-service", "cs-supervisor"))
            .orderByDueDate().asc().orderByTaskId().asc(),
        "candidate user", q -> q.taskCandidateUser("zhangwei").orderByTaskCreateTime().desc().orderByTaskId().asc(),
        "owner (我受理的投诉)", q -> q.taskOwner("zhangwei").orderByDueDate().asc().orderByTaskId().asc(),
        "everything visible", q -> q.orderByDueDate().asc().orderByTaskId().asc(),
        "due soon (即将超时)", q -> q.dueAfter(new java.util.Date(0)).orderByDueDate().asc().orderByTaskId().asc(),
        "or-query", q -> q.or().taskCandidateGroup("customer-service").taskAssignee("zhangwei").endOr()
            .orderByTaskId().asc(),
        "sorted by a case variable", q -> q.taskCandidateGroup("customer-service")
            .orderByProcessVariable("caseNo", org.camunda.bpm.engine.variable.type.ValueType.STRING).asc()
            .orderByTaskId().asc());
    for (String person : PEOPLE) {
      queries.forEach((name, query) -> {
        List<String> ours = ids(person, query, 0, 1000);
        long ourCount = count(person, query);
        List<String> camundas = withCamundasStatements(() -> ids(person, query, 0, 1000));
        long camundaCount = withCamundasStatements(() -> count(person, query));
        assertThat(ours).as(person + ": " + name).isEqualTo(camundas);
        assertThat(ourCount).as(person + ": count of " + name).isEqualTo(camundaCount).isEqualTo(ours.size());
        assertThat(ids(person, query, 1, 2)).as(person + ": second page of " + name)
            .isEqualTo(withCamundasStatements(() -> ids(person, query, 1, 2)));
      });
    }
  }

  @Test
  void aClerkSeesTheGroupsTasksOfTheirOwnOfficeOnly() {
    List<String> zhangweis = ids("zhangwei", q -> q.taskCandidateGroup("customer-service"), 0, 1000);
    List<String> sunyues = ids("sunyue", q -> q.taskCandidateGroup("customer-service"), 0, 1000);
    assertThat(zhangweis).contains(firstTaskOf.get("zhangwei")).doesNotContain(firstTaskOf.get("sunyue"));
    assertThat(sunyues).contains(firstTaskOf.get("sunyue")).doesNotContain(firstTaskOf.get("zhangwei"));
    // 工程维修部 has no part in a complaint being investigated: neither a candidate nor a right on the process's tasks
    assertThat(ids("liuqiang", q -> q, 0, 1000)).doesNotContain(firstTaskOf.get("zhangwei"));
  }

  @Test
  void aTaskHasOneCandidateLinkPerGroupWhoeverOpensItAgain() {
    String task = firstTaskOf.get("zhangwei");
    TaskService tasks = engine.getTaskService();
    CandidateGroups.add(tasks, task, "customer-service");
    CandidateGroups.add(tasks, task, "office-manager");
    CandidateGroups.add(tasks, task, "office-manager");
    assertThat(tasks.getIdentityLinksForTask(task).stream().filter(l -> l.getGroupId() != null)
        .map(l -> l.getGroupId()).toList()).containsExactlyInAnyOrder("customer-service", "office-manager");
    // the list without DISTINCT relies on it: the database refuses a second link however it is made
    assertThatThrownBy(() -> tasks.addCandidateGroup(task, "customer-service"));
    assertThat(ids("huangjun", q -> q.taskCandidateGroup("office-manager"), 0, 1000)).containsOnlyOnce(task);
  }

  private List<String> ids(String person, UnaryOperator<TaskQuery> query, int first, int max) {
    List<String> ids = new ArrayList<>();
    TestStaff.as(engine.getIdentityService(), person, () -> query.apply(engine.getTaskService().createTaskQuery())
        .listPage(first, max).stream().map(Task::getId).forEach(ids::add));
    return ids;
  }

  private long count(String person, UnaryOperator<TaskQuery> query) {
    long[] count = new long[1];
    TestStaff.as(engine.getIdentityService(), person,
        () -> count[0] = query.apply(engine.getTaskService().createTaskQuery()).count());
    return count[0];
  }

  private Map<String, String> mappings() {
    return sql().getStatementMappings();
  }

  private DbSqlSessionFactory sql() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbSqlSessionFactory();
  }

  /** Runs the work with the engine's own task statements, as before the change. */
  private <T> T withCamundasStatements(java.util.function.Supplier<T> work) {
    Map<String, String> ours = mappings();
    Map<String, String> camundas = new HashMap<>(ours);
    camundas.remove("selectTaskByQueryCriteria");
    camundas.remove("selectTaskCountByQueryCriteria");
    sql().setStatementMappings(camundas);
    try {
      return work.get();
    } finally {
      sql().setStatementMappings(ours);
    }
  }
}
