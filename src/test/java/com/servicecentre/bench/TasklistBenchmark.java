package com.servicecentre.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints how fast the task lists of Tasklist answer with 10,000 and 100,000 open tasks for one candidate group (a
 * company with many offices and a few weeks of backlog): the list Tasklist shows a clerk (candidate group, sorted
 * by due date, first 15) and its count, through the Java API and over REST, as a clerk, a department head and an
 * administrator, with authorization on (the application's setting), on H2 or MariaDB. Figures only; it never fails
 * a build.
 *
 * <p>The tasks are copies of real ones: a few complaints are started through the engine in two offices, then
 * their first task (调查核实, candidates 客服中心) is copied in bulk with its candidate link and whatever
 * authorization rows the engine made for it, with due dates spread over weeks. 10 % go to the second office, whose
 * tasks the clerk of the first must not see (the benchmark checks the counts it prints).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.servicecentre.bench.TasklistBenchmark
 *     [-Dbench.db=h2|mariadb] [-Dbench.sizes=10000,100000] [-Dbench.samples=30]</pre>
 */
public final class TasklistBenchmark {

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    String db = System.getProperty("bench.db", "h2");
    int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000").split(","))
        .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    int samples = Integer.getInteger("bench.samples", 30);

    // The application as LifecycleBenchmark runs it (job executor and schedules off, a fresh database dropped at
    // the end); its statement counter stays off.
    try (BenchApplication app = BenchApplication.start(db, new SqlCounter())) {
      new TasklistBenchmark(app.context, db, samples).run(sizes);
    }
  }

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final String db;
  private final int samples;
  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private TasklistBenchmark(ConfigurableApplicationContext app, String db, int samples) {
    this.engine = app.getBean(ProcessEngine.class);
    this.jdbc = app.getBean(JdbcTemplate.class);
    this.db = db;
    this.samples = samples;
    this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
  }

  private void run(int[] sizes) throws Exception {
    String first = template("zhangwei");
    String second = template("sunyue");
    System.out.printf(Locale.ROOT, "Tasklist benchmark on %s, %d cores, load average %.2f, %d samples per figure%n",
        db, Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), samples);
    System.out.printf(Locale.ROOT, "authorization rows per task: %d; authorization rows before copying: %d%n",
        jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = ?", Long.class, first),
        jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION", Long.class));
    int made = 0;
    for (int size : sizes) {
      long started = System.nanoTime();
      int inFirst = size - size / 10;
      copy(first, made == 0 ? 1 : made - made / 10 + 1, inFirst - (made - made / 10), "a");
      copy(second, made / 10 + 1, size / 10 - made / 10, "b");
      made = size;
      System.out.printf(Locale.ROOT, "%n== %,d open tasks (%,d in 翠湖花园, %,d in 锦绣苑), made in %.1f s; %,d authorization rows%n",
          count("ACT_RU_TASK"), inFirst, size / 10, (System.nanoTime() - started) / 1e9, count("ACT_RU_AUTHORIZATION"));
      if (!Boolean.getBoolean("bench.skipQueries")) {
        measure();
      }
    }
  }

  /** Starts a complaint as that clerk and answers its first task, which waits for the clerk's group. */
  private String template(String clerk) {
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(clerk).list().stream().map(g -> g.getId()).toList();
    List<String> tenants = identity.createTenantQuery().userMember(clerk).list().stream().map(t -> t.getId()).toList();
    identity.setAuthentication(clerk, groups, tenants);
    try {
      Map<String, Object> vars = new HashMap<>();
      vars.put("complainantName", "刘女士");
      vars.put("unit", "5栋2单元701");
      vars.put("phone", "13900001111");
      vars.put("channel", "phone");
      vars.put("category", "noise");
      vars.put("severity", "normal");
      vars.put("description", "楼上夜间装修噪音");
      String pid = engine.getRuntimeService().startProcessInstanceByKey("complaint-handling", vars).getId();
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
      if (task == null || !"investigateComplaint".equals(task.getTaskDefinitionKey())) {
        throw new IllegalStateException("the complaint does not wait at 调查核实: " + task);
      }
      return task.getId();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Copies the task with its candidate links and authorizations, numbered from..from+n-1, in one statement each. */
  private void copy(String taskId, int from, int n, String series) throws Exception {
    if (n <= 0) {
      return;
    }
    String seq = db.equals("mariadb") ? "seq_" + from + "_to_" + (from + n - 1) + " S"
        : "SYSTEM_RANGE(" + from + ", " + (from + n - 1) + ") S";
    String i = db.equals("mariadb") ? "S.seq" : "S.X";
    String newTask = "CONCAT('bench-" + series + "-', " + i + ")";
    String due = db.equals("mariadb") ? "DATE_ADD(T.DUE_DATE_, INTERVAL MOD(" + i + ", 30000) MINUTE)"
        : "DATEADD(MINUTE, MOD(" + i + ", 30000), T.DUE_DATE_)";
    insertCopy("ACT_RU_TASK", "T", "T.ID_ = '" + taskId + "'", seq,
        Map.of("ID_", newTask, "DUE_DATE_", due));
    insertCopy("ACT_RU_IDENTITYLINK", "T", "T.TASK_ID_ = '" + taskId + "'", seq,
        Map.of("ID_", "CONCAT('bench-il-" + series + "-', " + i + ", '-', T.ID_)", "TASK_ID_", newTask));
    insertCopy("ACT_RU_AUTHORIZATION", "T", "T.RESOURCE_ID_ = '" + taskId + "'", seq,
        Map.of("ID_", "CONCAT('bench-au-" + series + "-', " + i + ", '-', T.ID_)", "RESOURCE_ID_", newTask));
  }

  private void insertCopy(String table, String alias, String where, String seq, Map<String, String> replaced)
      throws Exception {
    List<String> columns = new ArrayList<>();
    try (Connection c = jdbc.getDataSource().getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet rs = meta.getColumns(c.getCatalog(), null, table, null)) {
        while (rs.next()) {
          columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
        }
      }
    }
    if (columns.isEmpty()) {
      throw new IllegalStateException("no columns found for " + table);
    }
    String select = String.join(", ", columns.stream().map(col -> replaced.getOrDefault(col, alias + "." + col)).toList());
    jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select + " FROM " + table
        + " " + alias + ", " + seq + " WHERE " + where);
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  private void measure() throws Exception {
    String filter = engine.getFilterService().createFilterQuery().filterName("我组的任务").singleResult().getId();
    for (String user : List.of("zhangwei", "wangfang", "demo")) {
      IdentityService identity = engine.getIdentityService();
      List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
      List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
          .map(t -> t.getId()).toList();
      String who = user + " (" + String.join(",", groups) + ")";
      Callable<Object> list = () -> as(user, groups, tenants, () -> engine.getTaskService().createTaskQuery()
          .taskCandidateGroup("customer-service").orderByDueDate().asc().listPage(0, 15).size());
      Callable<Object> count = () -> as(user, groups, tenants, () -> engine.getTaskService().createTaskQuery()
          .taskCandidateGroup("customer-service").count());
      report(who, "Java API list (candidate group, due date, 15)", list);
      report(who, "Java API count", count);
      String query = "candidateGroup=customer-service&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15";
      report(who, "REST GET /task?candidateGroup…&sortBy=dueDate&maxResults=15",
          () -> get(user, "/engine-rest/task?" + query, TasklistBenchmark::tasks));
      report(who, "REST GET /task/count",
          () -> get(user, "/engine-rest/task/count?candidateGroup=customer-service", b -> b));
      String sorted = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
      report(who, "REST filter 我组的任务 list (Tasklist)", () -> post(user,
          "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15", sorted, TasklistBenchmark::tasks));
      report(who, "REST filter 我组的任务 count (Tasklist)",
          () -> get(user, "/engine-rest/filter/" + filter + "/count", b -> b));
    }
  }

  /** How many tasks a JSON list holds (each has one "id"). */
  private static Object tasks(String json) {
    return json.split("\"id\"").length - 1;
  }

  private Object as(String user, List<String> groups, List<String> tenants, Callable<Object> work) throws Exception {
    engine.getIdentityService().setAuthentication(user, groups, tenants);
    try {
      return work.call();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private Object get(String user, String path, Function<String, Object> answer) throws Exception {
    return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), answer);
  }

  private Object post(String user, String path, String json, Function<String, Object> answer) throws Exception {
    return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), answer);
  }

  private Object send(String user, HttpRequest.Builder request, Function<String, Object> answer) throws Exception {
    HttpResponse<String> response = http.send(request.header("Authorization", "Basic "
            + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .timeout(java.time.Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      return "HTTP " + response.statusCode() + " " + response.body().substring(0, Math.min(120, response.body().length()));
    }
    return answer.apply(response.body());
  }

  /**
   * p50 and p95 of the query, each sample after a write to the task table (as in a working office: otherwise H2
   * answers the same query from its result cache). A query slower than 30 s is sampled 3 times only.
   */
  private void report(String who, String what, Callable<Object> query) throws Exception {
    List<Long> nanos = new ArrayList<>();
    Object answer = null;
    for (int i = -2; i < samples; i++) {
      jdbc.update("update ACT_RU_TASK set PRIORITY_ = ? where ID_ = 'bench-a-1'", 50 + (i & 1));
      long start = System.nanoTime();
      answer = query.call();
      long took = System.nanoTime() - start;
      if (i >= 0) {
        nanos.add(took);
      }
      if (took > 30_000_000_000L && nanos.size() >= 3) {
        break;
      }
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "  %-34s %-58s p50 %9.1f ms  p95 %9.1f ms  answer %s%n", who, what,
        sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, answer);
  }
}
