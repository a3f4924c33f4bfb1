package com.servicecentre.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.OwnApplication;
import com.servicecentre.ServiceCentreApplication;
import com.servicecentre.TasklistClient;
import com.servicecentre.TestStaff;
import com.servicecentre.database.MySqlTestDatabase;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An upgrade to offices on a database that the version before them filled (src/test/resources/upgrade, made by
 * open-cases.py as README.md there says): one closed and five open cases of the four processes, a repair of them
 * waiting at its follow-up timer. After the new version starts on it, the cases are the default offices' (A01,
 * the lead S01's), seen by that office's staff and not by another's, and they run to their end; the registers name
 * the office too, and the one-off step is not done twice. One start on H2 and one on MariaDB.
 */
@OwnApplication
class UpgradeFromSingleOfficeTest {

  /** The fixture's cases by number: TS000001 closed before the upgrade, the others open. */
  private static final Map<String, String> OPEN_CASES = Map.of("TS000002", "A01", "TS000003", "A01",
      "BX000001", "A01", "TF000001", "A01", "XD000001", "S01");
  private static final List<String> REGISTERS = List.of("complaint_register", "repair_register", "fee_ledger",
      "move_out_register", "lead_register", "lead_commission", "lead_filing", "lead_claim");

  @TempDir Path dir;

  @Test
  void h2DatabaseOfTheSingleOfficeVersion() throws Exception {
    Path script = dir.resolve("before-offices.sql.gz");
    try (InputStream in = resource("h2-before-offices.sql.gz")) {
      Files.copy(in, script);
    }
    String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      s.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' COMPRESSION GZIP");
    }
    try (ConfigurableApplicationContext app = SpringApplication.run(ServiceCentreApplication.class,
        "--server.port=0", "--spring.datasource.url=" + url)) {
      upgradedCasesBelongToTheDefaultOfficesAndComplete(app);
    }
  }

  @Test
  void mariaDbDatabaseOfTheSingleOfficeVersion() throws Exception {
    try (MySqlTestDatabase database = MySqlTestDatabase.create("")) {
      load(database, "mariadb-before-offices.sql.gz");
      // The fixture has the demo logins; the A02 staff come with this version's demo-users.yml.
      try (ConfigurableApplicationContext app = SpringApplication.run(ServiceCentreApplication.class,
          database.applicationArgs("--service-centre.staff.demo-users=classpath:staff/demo-users.yml",
              "--camunda.bpm.generic-properties.properties.enablePasswordPolicy=false"))) {
        upgradedCasesBelongToTheDefaultOfficesAndComplete(app);
      }
    }
  }

  private void upgradedCasesBelongToTheDefaultOfficesAndComplete(ConfigurableApplicationContext app)
      throws Exception {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

    // Each open case is in the default office of its kind, and so is the history of the closed one.
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().list().stream()
        .collect(Collectors.toMap(ProcessInstance::getBusinessKey, ProcessInstance::getTenantId)))
        .isEqualTo(OPEN_CASES);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey("TS000001")
        .singleResult()).satisfies(closed -> {
          assertThat(closed.getEndTime()).isNotNull();
          assertThat(closed.getTenantId()).isEqualTo("A01");
        });
    assertNoCaseRowWithoutOffice(jdbc, true);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE TENANT_ID_ IS NOT NULL", Integer.class))
        .as("definitions stay shared").isZero();
    // The registers' rows from before name the office of their case.
    for (String register : REGISTERS) {
      assertThat(jdbc.queryForList("SELECT DISTINCT office FROM " + register, String.class)).as(register)
          .isSubsetOf(register.startsWith("lead") ? "S01" : "A01");
    }
    assertThat(jdbc.queryForList("SELECT office FROM complaint_register ORDER BY complaint_no", String.class))
        .containsExactly("A01", "A01", "A01");
    assertThat(jdbc.queryForList("SELECT office FROM lead_register", String.class)).containsExactly("S01");
    // Done once: the marker is gone, and the step (as the next start runs it) finds nothing to do.
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM office_upgrade", Integer.class)).isZero();
    assertThat(app.getBean(OfficeUpgrade.class).run()).isEmpty();

    TestRestTemplate rest = new TestRestTemplate(new RestTemplateBuilder()
        .rootUri("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")));
    TasklistClient clerk = new TasklistClient(rest, "zhangwei", "demo");
    TasklistClient colleague = new TasklistClient(rest, "lina", "demo");
    TasklistClient supervisor = new TasklistClient(rest, "wangfang", "demo");
    TasklistClient technician = new TasklistClient(rest, "liuqiang", "demo");
    TasklistClient otherOffice = new TasklistClient(rest, "sunyue", "demo");
    String taken = instanceOf(engine, "TS000002");

    // A01's clerk sees the old cases; A02's clerk, of the same group, sees none of them; A02's supervisor sees no
    // history of the closed one, which A01's supervisor does.
    JsonNode investigation = clerk.task(taken, "investigateComplaint");
    assertThat(investigation).isNotNull();
    assertThat(otherOffice.task(taken, "investigateComplaint")).isNull();
    String closedHistory = "/engine-rest/history/process-instance?processInstanceBusinessKey=TS000001";
    assertThat(supervisor.get(closedHistory)).hasSize(1);
    assertThat(new TasklistClient(rest, "luoping", "demo").get(closedHistory)).isEmpty();
    assertThat(otherOffice.claim(investigation.get("id").asText(), "sunyue").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    TestStaff.as(engine.getIdentityService(), "sunyue", () -> assertThat(engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey("TS000002").count()).isZero());
    TestStaff.as(engine.getIdentityService(), "zhangwei", () -> assertThat(engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey("TS000002").count()).isEqualTo(1));

    // The complaint just taken: investigated, decided, handled, replied to, visited.
    done(colleague, taken, "investigateComplaint", "lina",
        Map.of("findings", "电梯导轨缺油", "suggestedFix", "通知维保"));
    done(supervisor, taken, "decideDepartment", "wangfang",
        Map.of("responsibleGroup", "maintenance", "proposedFix", "导轨加油"));
    done(technician, taken, "handleComplaint", "liuqiang",
        Map.of("cause", "导轨缺油", "actions", "导轨加油", "result", "异响消除"));
    replyAndVisit(clerk, colleague, taken);

    // The complaint its technician had claimed before the upgrade.
    String claimed = instanceOf(engine, "TS000003");
    assertThat(technician.task(claimed, "handleComplaint").get("assignee").asText()).isEqualTo("liuqiang");
    done(technician, claimed, "handleComplaint", "liuqiang",
        Map.of("cause", "清运车晚到", "actions", "调整清运时间", "result", "每日两次清运"));
    replyAndVisit(clerk, colleague, claimed);

    // The repair at its follow-up timer: the timer fires (unless its date has passed already), the work is done.
    String repair = instanceOf(engine, "BX000001");
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(repair).activityId("awaitFollowUp")
        .singleResult();
    if (timer != null) {
      assertThat(timer.getTenantId()).isEqualTo("A01");
      engine.getManagementService().executeJob(timer.getId());
    }
    done(technician, repair, "repairOnSite", "liuqiang", Map.of("repairResult", "fixed",
        "workDone", "更换水龙头", "labourHours", 0.5, "chargeService", "tap-replace", "chargeQuantity", 1));
    done(clerk, repair, "confirmCharge", "zhangwei", Map.of("ownerConfirmed", true));
    done(clerk, repair, "returnVisit", "zhangwei", Map.of("satisfied", true));
    done(new TasklistClient(rest, "hezhi", "demo"), repair, "signOffReturnVisit", "hezhi",
        Map.of("signOffNotes", "已阅"));

    // The move-out waiting for finance.
    String moveOut = instanceOf(engine, "TF000001");
    TasklistClient finance = new TasklistClient(rest, "zhaomin", "demo");
    done(finance, moveOut, "checkSettlement", "zhaomin", Map.of("settlementNotes", "无欠费"));
    done(technician, moveOut, "inspectPremises", "liuqiang",
        Map.of("repairNeeded", false, "damageCost", 0.2));
    done(supervisor, moveOut, "approveRefund", "wangfang", Map.of("approved", true));
    done(finance, moveOut, "payRefund", "zhaomin", Map.of("paymentReference", "PZ-77"));

    // The lead waiting for its attribution, in the shop S01: an invalid lead, confirmed twice.
    String lead = instanceOf(engine, "XD000001");
    TasklistClient accountManager = new TasklistClient(rest, "zhouli", "demo");
    assertThat(otherOffice.task(lead, "confirmAttribution")).isNull();
    done(accountManager, lead, "confirmAttribution", "zhouli",
        Map.of("leadOwner", "zhouli", "attributionBasis", "first-contact"));
    String designer = awaitTask(accountManager, lead, "measureHome").get("assignee").asText();
    done(new TasklistClient(rest, designer, "demo"), lead, "measureHome", designer,
        Map.of("measured", false, "measureNotes", "电话空号"));
    done(accountManager, lead, "returnVisitInvalidLead", "zhouli",
        Map.of("lossReason", "false-information", "outcomeNotes", "回访电话为空号"));
    done(new TasklistClient(rest, "xuting", "demo"), lead, "confirmInvalidLead", "xuting",
        Map.of("lossConfirmed", true, "lossReason", "false-information"));

    // Every case ends (the last steps are the job executor's), in the office it was moved to.
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (engine.getRuntimeService().createProcessInstanceQuery().count() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().list()).as("cases still open").isEmpty();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().rootProcessInstances().list().stream()
        .collect(Collectors.toMap(HistoricProcessInstance::getBusinessKey, HistoricProcessInstance::getTenantId)))
        .containsAllEntriesOf(OPEN_CASES).containsEntry("TS000001", "A01");
    assertThat(jdbc.queryForList("SELECT status FROM complaint_register", String.class)).containsOnly("closed");
    assertThat(jdbc.queryForList("SELECT status FROM lead_register", String.class)).containsExactly("invalid");
    assertNoCaseRowWithoutOffice(jdbc, false);
  }

  private static void replyAndVisit(TasklistClient clerk, TasklistClient colleague, String instanceId)
      throws InterruptedException {
    done(clerk, instanceId, "replyToComplainant", "zhangwei",
        Map.of("replyMethod", "phone", "replyText", "已处理"));
    done(colleague, instanceId, "returnVisit", "lina", Map.of("satisfied", true));
  }

  /**
   * No runtime or history row of a case lacks its office, whether written before the upgrade or after it. The
   * engine itself leaves a rule's input and output values (ACT_HI_DEC_IN/OUT) without the office of their decision
   * instance, so those are checked only as the upgrade left them.
   */
  private static void assertNoCaseRowWithoutOffice(JdbcTemplate jdbc, boolean decisionValuesToo) {
    Map<String, String> caseColumn = Map.ofEntries(Map.entry("ACT_RU_EXECUTION", "PROC_INST_ID_"),
        Map.entry("ACT_RU_TASK", "PROC_INST_ID_"), Map.entry("ACT_RU_VARIABLE", "PROC_INST_ID_"),
        Map.entry("ACT_RU_JOB", "PROCESS_INSTANCE_ID_"), Map.entry("ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_"),
        Map.entry("ACT_RU_IDENTITYLINK", "TASK_ID_"), Map.entry("ACT_HI_PROCINST", "ROOT_PROC_INST_ID_"),
        Map.entry("ACT_HI_ACTINST", "ROOT_PROC_INST_ID_"), Map.entry("ACT_HI_TASKINST", "ROOT_PROC_INST_ID_"),
        Map.entry("ACT_HI_VARINST", "ROOT_PROC_INST_ID_"), Map.entry("ACT_HI_DETAIL", "ROOT_PROC_INST_ID_"),
        Map.entry("ACT_HI_IDENTITYLINK", "ROOT_PROC_INST_ID_"), Map.entry("ACT_HI_OP_LOG", "ROOT_PROC_INST_ID_"),
        Map.entry("ACT_HI_JOB_LOG", "ROOT_PROC_INST_ID_"), Map.entry("ACT_HI_DECINST", "ROOT_PROC_INST_ID_"),
        Map.entry("ACT_HI_DEC_IN", "ROOT_PROC_INST_ID_"), Map.entry("ACT_HI_DEC_OUT", "ROOT_PROC_INST_ID_"));
    caseColumn.entrySet().stream().filter(t -> decisionValuesToo || !t.getKey().startsWith("ACT_HI_DEC_")).forEach(
        t -> assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + t.getKey()
            + " WHERE TENANT_ID_ IS NULL AND " + t.getValue() + " IS NOT NULL", Integer.class))
            .as(t.getKey()).isZero());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_TASKINST", Integer.class)).isPositive();
  }

  private static JsonNode awaitTask(TasklistClient user, String instanceId, String taskKey)
      throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    JsonNode task = user.task(instanceId, taskKey);
    while (task == null && System.nanoTime() < deadline) {
      Thread.sleep(200);
      task = user.task(instanceId, taskKey);
    }
    assertThat(task).as(taskKey + " of " + instanceId).isNotNull();
    return task;
  }

  private static String instanceOf(ProcessEngine engine, String caseNo) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
        .singleResult().getId();
  }

  /**
   * The user claims the case's task and submits its form, once the task is there: some come after an asynchronous
   * step (a notification), which the job executor runs a moment later.
   */
  private static void done(TasklistClient user, String instanceId, String taskKey, String userId,
      Map<String, Object> form) throws InterruptedException {
    awaitTask(user, instanceId, taskKey);
    ResponseEntity<String> response = user.claimAndSubmit(instanceId, taskKey, userId, form);
    assertThat(response.getStatusCode()).as(taskKey + ": " + response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static InputStream resource(String name) {
    return UpgradeFromSingleOfficeTest.class.getResourceAsStream("/upgrade/" + name);
  }

  /** Runs a mariadb-dump (one statement per line, or ending on a line that ends with ';') into the database. */
  private static void load(MySqlTestDatabase database, String dump) throws Exception {
    try (Connection c = DriverManager.getConnection(database.url()
            + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_bin", MySqlTestDatabase.USER,
            MySqlTestDatabase.PASSWORD);
        Statement s = c.createStatement();
        BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(resource(dump)),
            StandardCharsets.UTF_8))) {
      StringBuilder statement = new StringBuilder();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (statement.isEmpty() && (line.isBlank() || line.startsWith("--"))) {
          continue;
        }
        statement.append(line).append('\n');
        if (line.endsWith(";")) {
          s.execute(statement.toString());
          statement.setLength(0);
        }
      }
    }
  }
}
