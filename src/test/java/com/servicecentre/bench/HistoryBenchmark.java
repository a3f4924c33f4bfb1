package com.servicecentre.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.servicecentre.ServiceCentreApplication;
import com.servicecentre.audit.AuditTrails;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A year of finished cases in the history, and what it costs: the audit trail of one case and the audit search at
 * 100,000 finished cases, and how fast history cleanup removes cases whose five years are over. Figures only; it
 * never fails a build.
 *
 * <p>A handful of real cases of each process run through the application (REST, as the staff who own each step);
 * their history rows are then copied in bulk (INSERT … SELECT) under new ids, each copy moved back in time so that
 * the copies end evenly over the past year, with removal time end + 5 years as Camunda sets it. A further set of
 * copies ended a little over five years ago: their removal time has passed, and cleanup has them to remove.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.servicecentre.bench.HistoryBenchmark -Dbench.db=mariadb</pre>
 *
 * Options: -Dbench.db=h2|mariadb, -Dbench.cases=100000 (finished cases in the past year), -Dbench.expired=5000
 * (cases past their removal time), -Dbench.samples=200 (audit trails timed), -Dbench.cleanupSeconds=120 (limit of
 * the cleanup measurement), -Dbench.cleanupBatch=500 (historyCleanupBatchSize), -Dbench.keep=true (keep the
 * MariaDB database history_bench / the H2 folder, printed at the end).
 */
public final class HistoryBenchmark {

  private static final String SERVER = System.getProperty("bench.mysql", "jdbc:mysql://127.0.0.1:3306/");
  private static final String DATABASE = "history_bench";
  private static final String PASSWORD = "demo";
  private static final long YEAR_SECONDS = 365L * 86_400;
  private static final long TTL_SECONDS = 1825L * 86_400;
  /** Copies per INSERT … SELECT: one statement per table and slice keeps each transaction moderate. */
  private static final int SLICE = 2_000;

  /** Columns that hold the id of a case's own history entity (copied with the copy's suffix); all else is kept. */
  private static final Set<String> INSTANCE_IDS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_",
      "SUPER_PROCESS_INSTANCE_ID_", "SUPER_EXECUTION_ID_", "EXECUTION_ID_", "ACT_INST_ID_", "PARENT_ACT_INST_ID_",
      "CALL_PROC_INST_ID_", "TASK_ID_", "PARENT_TASK_ID_", "VAR_INST_ID_", "BYTEARRAY_ID_", "DEC_INST_ID_",
      "ROOT_DEC_INST_ID_", "OPERATION_ID_", "JOB_ID_", "JOB_EXCEPTION_STACK_ID_", "PROCESS_INSTANCE_ID_",
      "CAUSE_INCIDENT_ID_", "ROOT_CAUSE_INCIDENT_ID_", "CONTENT_ID_", "EXT_TASK_ID_", "ERROR_DETAILS_ID_",
      "BUSINESS_KEY_",
      // the project's own tables the audit trail reads
      "PROCESS_INSTANCE_ID", "MESSAGE_KEY", "TASK_ID");

  private final String db;
  private final int cases;
  private final int expired;
  private final int samples;
  private final String jdbcUrl;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private ConfigurableApplicationContext app;
  private ProcessEngine engine;
  private DataSource dataSource;
  private int port;

  /** One real case: its process, id and business key. */
  private record Template(String process, String id, String businessKey) {}

  private final List<Template> templates = new ArrayList<>();
  private final Map<String, Double> rowsPerCase = new LinkedHashMap<>();
  private final Map<String, Long> rowsPerTable = new LinkedHashMap<>();

  private HistoryBenchmark(String db, int cases, int expired, int samples, String jdbcUrl) {
    this.db = db;
    this.cases = cases;
    this.expired = expired;
    this.samples = samples;
    this.jdbcUrl = jdbcUrl;
  }

  public static void main(String[] args) throws Exception {
    String db = System.getProperty("bench.db", "h2").toLowerCase(Locale.ROOT);
    int cases = Integer.getInteger("bench.cases", 100_000);
    int expired = Integer.getInteger("bench.expired", 5_000);
    int samples = Integer.getInteger("bench.samples", 200);
    boolean keep = Boolean.getBoolean("bench.keep");
    Path h2Folder = null;
    String url;
    if (db.equals("mariadb") || db.equals("mysql")) {
      try (Connection c = DriverManager.getConnection(SERVER, "root", "");
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + DATABASE);
        s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
      }
      url = SERVER + DATABASE;
    } else if (db.equals("h2")) {
      h2Folder = Files.createTempDirectory("history-bench");
      url = "jdbc:h2:file:" + h2Folder.resolve("history") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    } else {
      throw new IllegalArgumentException("bench.db must be h2 or mariadb, not " + db);
    }
    HistoryBenchmark bench = new HistoryBenchmark(db.equals("h2") ? "h2" : "mariadb", cases, expired, samples, url);
    long started = System.nanoTime();
    try {
      bench.run();
    } catch (Exception e) {
      // A benchmark reports what went wrong and ends; it never fails a build.
      System.out.println("Benchmark stopped: " + e);
      e.printStackTrace(System.out);
    } finally {
      bench.stop();
      if (!keep) {
        if (h2Folder != null) {
          deleteFolder(h2Folder);
        } else {
          try (Connection c = DriverManager.getConnection(SERVER, "root", "");
              Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
          }
        }
      } else {
        System.out.println("Kept: " + url);
      }
      System.out.printf("Whole run %.0f s%n", (System.nanoTime() - started) / 1e9);
    }
    System.exit(0);
  }

  private void run() throws Exception {
    System.out.printf("History benchmark on %s, %d cores, load average %.2f, Java %s%n", db,
        Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.version"));
    long t = System.nanoTime();
    start();
    System.out.printf("Application up in %.1f s%n", (System.nanoTime() - t) / 1e9);

    t = System.nanoTime();
    runRealCases();
    System.out.printf("%d real cases run through the application in %.1f s%n", templates.size(),
        (System.nanoTime() - t) / 1e9);
    countRowsPerCase();

    t = System.nanoTime();
    long rows = copyHistory();
    double copySeconds = (System.nanoTime() - t) / 1e9;
    System.out.printf("History of %,d finished cases (past year) + %,d past removal time built: %,d rows in %.0f s"
        + " (%,.0f rows/s)%n", cases, expired, rows, copySeconds, rows / copySeconds);
    rowsPerTable.forEach((table, n) -> System.out.printf("  %-22s %,12d rows%n", table, n));
    analyze();

    measureAudit("audit with a year of history");
    explainAudit();
    measureCleanup();
    System.out.printf("Load average at the end %.2f%n", loadAverage());
  }

  // --- the application ---------------------------------------------------------------------------------------------

  private void start() {
    List<String> args = new ArrayList<>(List.of("--spring.profiles.active=demo,test", "--server.port=0",
        "--spring.datasource.url=" + jdbcUrl, "--logging.level.root=WARN",
        "--logging.level.com.servicecentre=WARN", "--logging.level.org.camunda=WARN"));
    if (db.equals("mariadb")) {
      // As application-mysql.yml sets the driver (that profile also wants a first admin from the environment).
      args.addAll(List.of("--spring.datasource.username=root", "--spring.datasource.password=",
          "--spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver",
          "--spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED",
          "--spring.datasource.hikari.data-source-properties.nullDatabaseMeansCurrent=true",
          "--spring.datasource.hikari.data-source-properties.sendFractionalSeconds=false",
          "--spring.datasource.hikari.data-source-properties.characterEncoding=UTF-8",
          "--spring.datasource.hikari.data-source-properties.connectionCollation=utf8mb4_bin"));
    }
    app = new SpringApplication(ServiceCentreApplication.class).run(args.toArray(String[]::new));
    engine = app.getBean(ProcessEngine.class);
    dataSource = app.getBean(DataSource.class);
    port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
  }

  private void stop() {
    if (app != null) {
      app.close();
    }
  }

  // --- real cases --------------------------------------------------------------------------------------------------

  /** Each process on its usual path, three times; the complaint once with a dissatisfied owner (a second round). */
  private void runRealCases() throws Exception {
    for (int i = 0; i < 3; i++) {
      complaint(i == 2);
      repair();
      moveOut();
      lead(i);
    }
  }

  private void complaint(boolean reopened) throws Exception {
    JsonNode started = startForm("zhangwei", "complaint-handling", Map.of("complainantName", "刘女士", "unit",
        "5栋2单元701", "phone", "13900001111", "channel", "phone", "category", "noise", "severity", "normal",
        "description", "楼上夜间装修噪音"));
    String id = started.get("id").asText();
    step(id, "investigateComplaint", "lina", Map.of("findings", "夜间装修属实", "suggestedFix", "上门劝导"));
    step(id, "decideDepartment", "wangfang", Map.of("responsibleGroup", "customer-service", "proposedFix", "上门劝导"));
    step(id, "handleComplaint", "lina", Map.of("cause", "装修超时", "actions", "上门劝导", "result", "已停止夜间施工"));
    step(id, "replyToComplainant", "zhangwei", Map.of("replyMethod", "phone", "replyText", "已处理"));
    if (reopened) {
      step(id, "returnVisit", "lina", Map.of("satisfied", false, "dissatisfactionReason", "仍有夜间施工"));
      step(id, "handleComplaint", "zhangwei", Map.of("cause", "再次夜间施工", "actions", "暂停装修许可", "result", "已停工"));
      step(id, "replyToComplainant", "zhangwei", Map.of("replyMethod", "phone", "replyText", "已停工"));
    }
    step(id, "returnVisit", "lina", Map.of("satisfied", true));
    finished("complaint-handling", started);
  }

  private void repair() throws Exception {
    JsonNode started = startForm("zhangwei", "repair-dispatch", Map.of("reporter", "王先生", "areaType", "in-home",
        "trade", "plumbing-electrical", "repairSize", "minor", "urgency", "normal", "underWarranty", false,
        "description", "水龙头漏水", "unit", "5栋2单元701"));
    String id = started.get("id").asText();
    step(id, "dispatchTechnician", "yangming", Map.of("technician", "liuqiang"));
    step(id, "confirmArrival", "liuqiang", Map.of());
    step(id, "repairOnSite", "liuqiang", Map.of("repairResult", "fixed", "workDone", "更换水龙头", "labourHours", 0.5,
        "chargeService", "tap-replace", "chargeQuantity", 1));
    step(id, "confirmCharge", "zhangwei", Map.of("ownerConfirmed", true));
    step(id, "returnVisit", "zhangwei", Map.of("satisfied", true));
    step(id, "signOffReturnVisit", "hezhi", Map.of("signOffNotes", "已阅"));
    finished("repair-dispatch", started);
  }

  private void moveOut() throws Exception {
    JsonNode started = startForm("zhangwei", "move-out-refund", Map.of("applicant", "赵先生", "unit", "9栋101",
        "moveOutDate", LocalDate.now().plusDays(5).toString(), "reason", "lease-end", "refundAccount",
        "工商银行 6222 0000 1111", "renovationDeposit", 1000.0, "prepaidFees", 200.1));
    String id = started.get("id").asText();
    step(id, "checkSettlement", "zhaomin", Map.of("settlementNotes", "无欠费"));
    step(id, "inspectPremises", "liuqiang", Map.of("repairNeeded", false, "damageCost", 0.2));
    step(id, "approveRefund", "wangfang", Map.of("approved", true));
    step(id, "payRefund", "zhaomin", Map.of("paymentReference", "PZ-77"));
    finished("move-out-refund", started);
  }

  private void lead(int i) throws Exception {
    LocalDate today = LocalDate.now();
    JsonNode started = startForm("tianxue", "lead-to-order", Map.of("customerName", "陈先生", "phone",
        "1380000" + (1000 + i), "address", "锦绣花园3栋1202", "floorArea", 96.5, "plannedDate",
        today.plusMonths(2).toString(), "estimatedAmount", 20000.0, "source", "walk-in"));
    String id = started.get("id").asText();
    step(id, "confirmAttribution", "zhouli", Map.of("leadOwner", "zhouli", "attributionBasis", "first-contact"));
    step(id, "measureHome", null, Map.of("measured", true, "measuredOn", today.toString()));
    step(id, "prepareDesignProposal", null, Map.of("proposalDate", today.toString()));
    step(id, "prepareQuotation", null, Map.of("quotationDate", today.toString(), "quotedAmount", 26000));
    step(id, "returnVisitAfterQuotation", "zhouli", Map.of("leadOutcome", "signed", "contractAmount", 23500.5));
    step(id, "handOverSignedOrder", "zhouli", Map.of("orderCancelled", false));
    finished("lead-to-order", started);
  }

  private void finished(String process, JsonNode started) {
    String id = started.get("id").asText();
    if (engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).finished()
        .count() != 1) {
      throw new IllegalStateException(process + " " + id + " did not finish");
    }
    templates.add(new Template(process, id, started.get("businessKey").asText()));
  }

  private JsonNode startForm(String user, String process, Map<String, Object> variables) throws Exception {
    HttpResponse<String> response = post(user, "/engine-rest/process-definition/key/" + process + "/submit-form",
        Map.of("variables", typed(variables)));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(process + " start refused: " + response.statusCode() + " " + response.body());
    }
    JsonNode started = json.readTree(response.body());
    runDueJobs();
    return started;
  }

  /** The case's open task of this kind, claimed by the user (by its assignee when null) and its form submitted. */
  private void step(String processInstanceId, String taskKey, String user, Map<String, Object> variables)
      throws Exception {
    TaskService tasks = engine.getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("no task " + taskKey + " in " + processInstanceId + "; open: " + tasks
          .createTaskQuery().processInstanceId(processInstanceId).list().stream()
          .map(Task::getTaskDefinitionKey).toList());
    }
    String login = user != null ? user : task.getAssignee();
    if (task.getAssignee() == null) {
      HttpResponse<String> claimed = post(login, "/engine-rest/task/" + task.getId() + "/claim",
          Map.of("userId", login));
      if (claimed.statusCode() != 204) {
        throw new IllegalStateException(login + " cannot claim " + taskKey + ": " + claimed.body());
      }
    }
    HttpResponse<String> submitted = post(login, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", typed(variables)));
    if (submitted.statusCode() != 204) {
      throw new IllegalStateException(login + " cannot complete " + taskKey + ": " + submitted.body());
    }
    runDueJobs();
  }

  /** The job executor is off (the test profile): the asynchronous steps run here, as soon as they are due. */
  private void runDueJobs() {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().messages().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name,
        Map.of("value", value, "type", value.getClass().getSimpleName())));
    return typed;
  }

  private HttpResponse<String> post(String user, String path, Object body) throws IOException, InterruptedException {
    return http.send(request(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
    return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String user, String path) {
    String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + basic);
  }

  // --- copying the history -----------------------------------------------------------------------------------------

  /** Tables holding a case's history: every ACT_HI_ table keyed by root case, and the history's byte arrays. */
  private List<String> historyTables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    DatabaseMetaData meta = c.getMetaData();
    try (ResultSet rs = meta.getTables(c.getCatalog(), null, "ACT_HI_%", null)) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (name.toUpperCase(Locale.ROOT).startsWith("ACT_HI_") && columns(c, name).containsKey("ROOT_PROC_INST_ID_")) {
          tables.add(name);
        }
      }
    }
    tables.sort(Comparator.naturalOrder());
    tables.add("ACT_GE_BYTEARRAY");
    return tables;
  }

  /** The project's own tables the audit trail reads, keyed by case. */
  private static final List<String> REGISTER_TABLES = List.of("notification_outbox", "task_handover");

  private Map<String, Integer> columns(Connection c, String table) throws SQLException {
    Map<String, Integer> columns = new LinkedHashMap<>();
    try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, table, "%")) {
      while (rs.next()) {
        columns.put(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"));
        columnSizes.put(table + "." + rs.getString("COLUMN_NAME"), rs.getInt("COLUMN_SIZE"));
      }
    }
    return columns;
  }

  private final Map<String, Integer> columnSizes = new LinkedHashMap<>();

  private String registerTable(Connection c, String name) throws SQLException {
    String upper = name.toUpperCase(Locale.ROOT);
    try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", null)) {
      while (rs.next()) {
        if (rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT).equals(upper)) {
          return rs.getString("TABLE_NAME");
        }
      }
    }
    return null;
  }

  private void countRowsPerCase() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      Map<String, List<String>> byProcess = new LinkedHashMap<>();
      templates.forEach(t -> byProcess.computeIfAbsent(t.process(), p -> new ArrayList<>()).add(t.id()));
      System.out.println("History rows per real case (all history tables and their byte arrays):");
      double all = 0;
      for (Map.Entry<String, List<String>> process : byProcess.entrySet()) {
        String ids = process.getValue().stream().map(id -> "'" + id + "'").reduce((a, b) -> a + "," + b).get();
        long rows = 0;
        StringBuilder detail = new StringBuilder();
        for (String table : historyTables(c)) {
          long n = count(c, "SELECT COUNT(*) FROM " + table + " WHERE ROOT_PROC_INST_ID_ IN (" + ids + ")");
          rows += n;
          if (n > 0) {
            detail.append(String.format(" %s %.0f", table.replace("ACT_", ""), n / (double) process.getValue().size()));
          }
        }
        double perCase = rows / (double) process.getValue().size();
        rowsPerCase.put(process.getKey(), perCase);
        all += perCase;
        System.out.printf("  %-20s %5.0f rows:%s%n", process.getKey(), perCase, detail);
      }
      rowsPerCase.put("mix", all / byProcess.size());
      System.out.printf("  %-20s %5.0f rows (one case of each process in turn)%n", "mix", all / byProcess.size());
    }
  }

  /**
   * Copy n (1 … cases + expired) of template n mod templates gets "00000n:" in front of every id and "-n" after its
   * business key, and is moved back in time: copies 1 … cases end evenly over the past year; the others ended 5 years and up
   * to 30 days ago, so their removal time (end + 5 years) has passed.
   */
  private long copyHistory() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.execute("CREATE TABLE bench_template (idx INT PRIMARY KEY, id VARCHAR(64) NOT NULL)");
      for (int i = 0; i < templates.size(); i++) {
        s.execute("INSERT INTO bench_template VALUES (" + i + ", '" + templates.get(i).id() + "')");
      }
      s.execute("CREATE TABLE bench_digit (d INT PRIMARY KEY)");
      for (int d = 0; d < 10; d++) {
        s.execute("INSERT INTO bench_digit VALUES (" + d + ")");
      }
      s.execute("CREATE TABLE bench_copy (n INT PRIMARY KEY, template_id VARCHAR(64) NOT NULL, "
          + "prefix VARCHAR(16) NOT NULL, suffix VARCHAR(16) NOT NULL, shift_s BIGINT NOT NULL)");
      s.execute("CREATE INDEX bench_copy_template ON bench_copy (template_id, n)");
      String n = "(a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d + 1)";
      String bigint = db.equals("mariadb") ? "SIGNED" : "BIGINT";
      int total = cases + expired;
      s.execute("INSERT INTO bench_copy SELECT n, t.id, CONCAT(LPAD(CONCAT('', n), 6, '0'), ':'), CONCAT('-', n),"
          + " CASE WHEN " + expiredCondition("n") + " THEN " + TTL_SECONDS + " + CAST(n AS " + bigint + ") * "
          + (30L * 86_400) + " / " + total + " ELSE CAST(n AS " + bigint + ") * " + YEAR_SECONDS + " / " + total
          + " END"
          + " FROM (SELECT " + n + " AS n FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e, "
          + "bench_digit f, bench_digit g) numbers JOIN bench_template t ON t.idx = MOD(n, " + templates.size()
          + ") WHERE n <= " + total);
      if (db.equals("mariadb")) {
        s.execute("ANALYZE TABLE bench_copy");
      }

      List<String> tables = new ArrayList<>(historyTables(c));
      long rows = 0;
      for (String table : tables) {
        String filter = table.equals("ACT_GE_BYTEARRAY") ? " AND t.TYPE_ = 3" : "";
        rows += copy(c, table, "ROOT_PROC_INST_ID_", filter, cases + expired);
      }
      for (String name : REGISTER_TABLES) {
        String table = registerTable(c, name);
        if (table != null) {
          String caseColumn = columns(c, table).keySet().stream()
              .filter(col -> col.equalsIgnoreCase("process_instance_id")).findFirst().orElseThrow();
          rows += copy(c, table, caseColumn, "", cases + expired);
        }
      }
      return rows;
    }
  }

  private long copy(Connection c, String table, String caseColumn, String filter, int total) throws SQLException {
    Map<String, Integer> columns = columns(c, table);
    boolean register = !table.toUpperCase(Locale.ROOT).startsWith("ACT_");
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    columns.forEach((column, type) -> {
      String upper = column.toUpperCase(Locale.ROOT);
      if (register && upper.equals("ID")) {
        return; // generated
      }
      names.add(column);
      if (INSTANCE_IDS.contains(upper)) {
        if (upper.equals("BUSINESS_KEY_")) {
          values.add("CASE WHEN t." + column + " IS NULL THEN NULL ELSE CONCAT(t." + column + ", k.suffix) END");
        } else {
          // The copy's number goes in front, so that each copy's rows go to the end of every id index, in order,
          // rather than next to their template's all over it (a small buffer pool would write each page many
          // times). An id as long as its column (activity id + UUID) gives up its last characters, the UUID's node
          // part, which is the same in every id of one run: the copies stay unique, and every reference follows.
          int size = columnSizes.get(table + "." + column);
          values.add("CASE WHEN t." + column + " IS NULL THEN NULL ELSE CONCAT(k.prefix, LEFT(t." + column + ", "
              + size + " - LENGTH(k.prefix))) END");
        }
      } else if (type == Types.TIMESTAMP || type == Types.DATE || type == Types.TIMESTAMP_WITH_TIMEZONE) {
        values.add("TIMESTAMPADD(SECOND, -k.shift_s, t." + column + ")");
      } else {
        values.add("t." + column);
      }
    });
    String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT " + String.join(", ", values)
        + " FROM bench_copy k JOIN " + table + " t ON t." + caseColumn + " = k.template_id" + filter
        // Named outright so that the plan reads the templates' rows by index, not the growing table.
        + " WHERE t." + caseColumn + " IN (" + String.join(", ", templates.stream().map(x -> "'" + x.id() + "'")
            .toList()) + ") AND k.n BETWEEN ? AND ? ORDER BY k.n";
    long rows = 0;
    try (var statement = c.prepareStatement(insert)) {
      for (int from = 1; from <= total; from += SLICE) {
        statement.setInt(1, from);
        statement.setInt(2, Math.min(total, from + SLICE - 1));
        rows += statement.executeUpdate();
      }
    }
    rowsPerTable.put(table, rows);
    return rows;
  }

  /** Fresh statistics, as a database that grew over a year would have. */
  private void analyze() throws SQLException {
    long t = System.nanoTime();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      if (db.equals("mariadb")) {
        for (String table : historyTables(c)) {
          s.execute("ANALYZE TABLE " + table);
        }
      } else {
        s.execute("ANALYZE");
      }
    }
    System.out.printf("Statistics updated in %.1f s%n", (System.nanoTime() - t) / 1e9);
  }

  // --- the audit trail ---------------------------------------------------------------------------------------------

  /**
   * Every (cases + expired) / expired-th copy is one whose five years are over: they lie among the others, as the
   * oldest cases of a real database do, rather than in a block of their own.
   */
  private String expiredCondition(String n) {
    return expired == 0 ? "1 = 0" : "MOD(" + n + ", " + expiryStride() + ") = 0";
  }

  private int expiryStride() {
    return Math.max(1, (cases + expired) / Math.max(1, expired));
  }

  private boolean isExpired(int n) {
    return expired > 0 && n % expiryStride() == 0;
  }

  /** The business key of a random copy that ended in the past year. */
  private String randomCopyKey(Random random) {
    int n;
    do {
      n = 1 + random.nextInt(cases + expired);
    } while (isExpired(n));
    return templates.get(n % templates.size()).businessKey() + "-" + n;
  }

  /** The case id of copy n of the template. */
  private String copyId(int n) {
    return String.format("%06d:", n) + templates.get(n % templates.size()).id();
  }

  private void measureAudit(String title) throws Exception {
    System.out.println(title + " (" + samples + " random finished cases of " + String.format("%,d", cases) + "):");
    Random random = new Random(42);
    String auditor = "guoyu";
    // Warm-up: the first calls compile, fill the definition cache and the connection pool.
    for (int i = 0; i < 20; i++) {
      auditTrailOverHttp(auditor, randomCopyKey(random));
    }
    double[] overHttp = new double[samples];
    double[] searched = new double[samples];
    int bytes = 0;
    for (int i = 0; i < samples; i++) {
      String key = randomCopyKey(random);
      long t = System.nanoTime();
      bytes += auditTrailOverHttp(auditor, key);
      overHttp[i] = (System.nanoTime() - t) / 1e6;
      t = System.nanoTime();
      HttpResponse<String> found = get(auditor, "/api/audit/cases?businessKey=" + key);
      searched[i] = (System.nanoTime() - t) / 1e6;
      if (found.statusCode() != 200 || !found.body().contains(key)) {
        throw new IllegalStateException("search for " + key + ": " + found.statusCode() + " " + found.body());
      }
    }
    report("GET /api/audit/cases/{key} (JSON, auditor)", overHttp);
    System.out.printf("    (%,d bytes of JSON per trail on average)%n", bytes / samples);
    report("GET /api/audit/cases?businessKey=… (a whole case number)", searched);
    double[] partly = new double[Math.min(samples, 50)];
    for (int i = 0; i < partly.length; i++) {
      String key = randomCopyKey(random);
      String part = key.substring(1);
      long t = System.nanoTime();
      HttpResponse<String> found = get(auditor, "/api/audit/cases?businessKey=" + part);
      partly[i] = (System.nanoTime() - t) / 1e6;
      if (found.statusCode() != 200 || !found.body().contains(key)) {
        throw new IllegalStateException("search for " + part + ": " + found.statusCode() + " " + found.body());
      }
    }
    report("GET /api/audit/cases?businessKey=… (part of a number)", partly);

    // The same trail without HTTP, Basic login and JSON: the history queries alone, as the controller calls them.
    AuditTrails trails = app.getBean(AuditTrails.class);
    IdentityService identity = engine.getIdentityService();
    List<String> offices = identity.createTenantQuery().userMember(auditor).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).sorted().toList();
    double[] inProcess = new double[samples];
    for (int i = 0; i < samples; i++) {
      String key = randomCopyKey(random);
      long t = System.nanoTime();
      if (trails.ofCase(key, offices).isEmpty()) {
        throw new IllegalStateException("no trail for " + key);
      }
      inProcess[i] = (System.nanoTime() - t) / 1e6;
    }
    report("AuditTrails.ofCase (in the application)", inProcess);
    double[] search = new double[20];
    for (int i = 0; i < search.length; i++) {
      long t = System.nanoTime();
      HttpResponse<String> page = get(auditor, lastMonthsComplaints());
      search[i] = (System.nanoTime() - t) / 1e6;
      if (page.statusCode() != 200) {
        throw new IllegalStateException("search by process and dates: " + page.body());
      }
    }
    report("GET /api/audit/cases?process=…&from=…&to=… (last 30 days, 200)", search);
  }

  private static String lastMonthsComplaints() {
    return "/api/audit/cases?process=complaint-handling&from=" + LocalDate.now().minusDays(30) + "&to="
        + LocalDate.now() + "&max=200";
  }

  private int auditTrailOverHttp(String auditor, String key) throws Exception {
    HttpResponse<String> response = get(auditor, "/api/audit/cases/" + key);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("audit trail of " + key + ": " + response.statusCode() + " " + response.body());
    }
    return response.body().length();
  }

  private static void report(String what, double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    System.out.printf("  %-62s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n", what, percentile(sorted, 50),
        percentile(sorted, 95), sorted[sorted.length - 1]);
  }

  private static double percentile(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  /**
   * The statements one audit trail issues (the engine's SQL log for one call), each with its query plan and its
   * time alone; a plan that reads more than a few hundred rows is marked.
   */
  private void explainAudit() throws Exception {
    String key = randomCopyKey(new Random(7));
    List<String> statements = captureStatements(() -> {
      try {
        auditTrailOverHttp("guoyu", key);
        get("guoyu", "/api/audit/cases?businessKey=" + key);
        return get("guoyu", lastMonthsComplaints());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    System.out.println("Statements of one audit trail, one search by case number and one by process and dates,"
        + " with plan and time alone (first run / median of 5):");
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        double[] times = new double[5];
        for (int i = 0; i < times.length; i++) {
          long t = System.nanoTime();
          try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
              // read every row, as the engine does
            }
          }
          times[i] = (System.nanoTime() - t) / 1e6;
        }
        double first = times[0];
        Arrays.sort(times);
        System.out.printf("  %6.2f / %6.2f ms  %s%n", first, times[2], abbreviate(sql));
        System.out.println("                     " + plan(s, sql));
      }
      for (String name : REGISTER_TABLES) {
        String table = registerTable(c, name);
        String sql = "SELECT * FROM " + table + " WHERE process_instance_id = '" + copyId(1) + "'";
        System.out.printf("  (project)  %s%n            %s%n", sql, plan(s, sql));
      }
    }
  }

  private String plan(Statement s, String sql) throws SQLException {
    List<String> parts = new ArrayList<>();
    if (db.equals("mariadb")) {
      try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
        while (rs.next()) {
          String type = rs.getString("type");
          long rows = rs.getLong("rows");
          boolean suspicious = ("ALL".equals(type) || "index".equals(type)) && rows > 300;
          parts.add((suspicious ? "!! " : "") + rs.getString("table") + ":" + type + "/"
              + rs.getString("key") + " rows " + rows);
        }
      }
    } else {
      try (ResultSet rs = s.executeQuery("EXPLAIN ANALYZE " + sql)) {
        rs.next();
        String plan = rs.getString(1);
        Matcher m = Pattern.compile("/\\* ([^*]+?) \\*/(\\s*/\\* scanCount: (\\d+) \\*/)?").matcher(plan);
        while (m.find()) {
          String what = m.group(1).replace("PUBLIC.", "");
          long scans = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
          if (what.contains("scan") || what.contains("IDX") || what.contains("PRIMARY") || m.group(3) != null) {
            parts.add((what.contains("tableScan") && scans > 300 ? "!! " : "") + abbreviate(what)
                + (m.group(3) == null ? "" : " scanned " + scans));
          }
        }
      }
    }
    return String.join("; ", parts);
  }

  private static String abbreviate(String sql) {
    String flat = sql.replaceAll("\\s+", " ").trim();
    return flat.length() <= 150 ? flat : flat.substring(0, 147) + "...";
  }

  /** The engine's statements (MyBatis logs them at DEBUG) during the work, with their parameters filled in. */
  private List<String> captureStatements(Supplier<?> work) {
    // The mappers' namespaces are the entity classes, in several packages (history events, DMN, persistence).
    Logger persistence = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.impl");
    List<String> statements = new ArrayList<>();
    String[] pending = new String[1];
    AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
      @Override
      protected void append(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        if (message.startsWith("==>  Preparing:")) {
          pending[0] = message.substring("==>  Preparing:".length()).trim();
        } else if (message.startsWith("==> Parameters:") && pending[0] != null) {
          if (pending[0].trim().toUpperCase(Locale.ROOT).startsWith("SELECT")) {
            statements.add(inline(pending[0], message.substring("==> Parameters:".length()).trim()));
          }
          pending[0] = null;
        }
      }
    };
    appender.setContext(persistence.getLoggerContext());
    appender.start();
    Level before = persistence.getLevel();
    persistence.addAppender(appender);
    persistence.setAdditive(false);
    persistence.setLevel(Level.DEBUG);
    try {
      work.get();
    } finally {
      persistence.setLevel(before);
      persistence.setAdditive(true);
      persistence.detachAppender(appender);
    }
    return new ArrayList<>(new LinkedHashSet<>(statements));
  }

  private static String inline(String sql, String parameters) {
    List<String> values = new ArrayList<>();
    Matcher m = Pattern.compile("(null|(.*?)\\((String|Integer|Long|Timestamp|Boolean|Date|Double)\\))(, |$)")
        .matcher(parameters);
    while (m.find()) {
      if (m.group(1).equals("null")) {
        values.add("NULL");
      } else if (m.group(3).equals("String") || m.group(3).equals("Timestamp") || m.group(3).equals("Date")) {
        values.add("'" + m.group(2).replace("'", "''") + "'");
      } else if (m.group(3).equals("Boolean")) {
        values.add(m.group(2).equals("true") ? "TRUE" : "FALSE");
      } else {
        values.add(m.group(2));
      }
    }
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (char ch : sql.toCharArray()) {
      out.append(ch == '?' && next < values.size() ? values.get(next++) : String.valueOf(ch));
    }
    return out.toString();
  }

  // --- cleanup -----------------------------------------------------------------------------------------------------

  /**
   * Camunda's history cleanup job (removal-time based) executed back to back, as the job executor does while a run
   * keeps finding enough to remove, until every row past its removal time is gone or the time limit is reached.
   */
  private void measureCleanup() throws Exception {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Integer batch = Integer.getInteger("bench.cleanupBatch");
    if (batch != null) {
      configuration.setHistoryCleanupBatchSize(batch);
    }
    long limitMillis = Long.getLong("bench.cleanupSeconds", 120L) * 1000;
    System.out.printf("History cleanup (strategy %s, batch size %d, degree of parallelism %d, window %s-%s):%n",
        configuration.getHistoryCleanupStrategy(), configuration.getHistoryCleanupBatchSize(),
        configuration.getHistoryCleanupDegreeOfParallelism(), configuration.getHistoryCleanupBatchWindowStartTime(),
        configuration.getHistoryCleanupBatchWindowEndTime());
    long expiredRows = expiredRows();
    long expiredCases = expiredCases();
    long allRows = allHistoryRows();
    System.out.printf("  before: %,d cases / %,d rows past removal time; %,d history rows in all%n", expiredCases,
        expiredRows, allRows);

    HistoryService history = engine.getHistoryService();
    ManagementService management = engine.getManagementService();
    Job job = history.cleanUpHistoryAsync(true);
    List<String> jobIds = history.findHistoryCleanupJobs().stream().map(Job::getId).toList();
    long spentNanos = 0;
    int runs = 0;
    long remaining = expiredRows;
    List<Double> runMillis = new ArrayList<>();
    while (remaining > 0 && spentNanos < limitMillis * 1_000_000) {
      for (String id : jobIds) {
        long t = System.nanoTime();
        management.executeJob(id);
        long spent = System.nanoTime() - t;
        spentNanos += spent;
        runMillis.add(spent / 1e6);
        runs++;
      }
      remaining = expiredRows();
    }
    long removedRows = expiredRows - remaining;
    long removedCases = expiredCases - expiredCases();
    double minutes = spentNanos / 6e10;
    double mixRows = rowsPerCase.get("mix");
    double casesPerMinute = removedRows / mixRows / minutes;
    double[] sortedRuns = runMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf("  %d job runs (%s) in %.1f s: %,d rows removed (%,d whole case records), %s left%n", runs,
        job == null ? "?" : "job " + job.getId(), spentNanos / 1e9, removedRows, removedCases,
        remaining == 0 ? "none" : String.format("%,d rows", remaining));
    System.out.printf("  one run: p50 %.0f ms, max %.0f ms%n", percentile(sortedRuns, 50),
        sortedRuns[sortedRuns.length - 1]);
    System.out.printf("  rate: %,.0f rows/min = %,.0f cases/min of the mix (%.0f rows per case)%n",
        removedRows / minutes, casesPerMinute, mixRows);
    double window = 240;
    int daily = Integer.getInteger("bench.dailyCases", 500);
    System.out.printf("  nightly window 01:00-05:00 (240 min) at this rate: %,.0f cases = %.0f x a day of %d cases"
        + " (%s)%n", casesPerMinute * window, casesPerMinute * window / daily, daily,
        casesPerMinute * window >= daily ? "keeps up" : "DOES NOT keep up");
    System.out.printf("  a day of %d cases takes %.1f min of cleanup%n", daily, daily / casesPerMinute);
  }

  private long expiredRows() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      long rows = 0;
      for (String table : historyTables(c)) {
        rows += count(c, "SELECT COUNT(*) FROM " + table + " WHERE REMOVAL_TIME_ <= CURRENT_TIMESTAMP");
      }
      return rows;
    }
  }

  private long expiredCases() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return count(c, "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE REMOVAL_TIME_ <= CURRENT_TIMESTAMP");
    }
  }

  private long allHistoryRows() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      long rows = 0;
      for (String table : historyTables(c)) {
        rows += count(c, "SELECT COUNT(*) FROM " + table);
      }
      return rows;
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  // --- helpers -----------------------------------------------------------------------------------------------------

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static void deleteFolder(Path folder) throws IOException {
    try (var paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
