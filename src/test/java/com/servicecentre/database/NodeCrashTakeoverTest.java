package com.servicecentre.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.servicecentre.OwnApplication;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two application nodes on one MariaDB database, as docker/docker-compose.yml runs them, each a process of its own
 * with its job executor. Urgent complaints are registered on both; each has an asynchronous step (报告管理处主任,
 * notifyOfficeManager) that writes one notification to the outbox. While node A holds locked jobs in the middle of
 * that step (the test holds a lock on the outbox table, so that the jobs wait inside their transactions), A is
 * killed with SIGKILL. Node B, which goes on taking new cases, runs A's jobs once A's locks expire, within a minute
 * of the kill, and every case has its step done exactly once: one outbox row, one finished step, one next task,
 * one successful run in the job log, no incident.
 *
 * <p>Skipped when no MariaDB/MySQL server answers, unless REQUIRE_MYSQL=true.
 */
@OwnApplication
class NodeCrashTakeoverTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLERK = "zhangwei";
  private static final String CLERK_PASSWORD = "Counter-Desk-42";
  private static final String STEP = "notifyOfficeManager";
  /** A job of the step (a job names its step through its definition); the step is the parameter. */
  private static final String OF_STEP = "JOB_DEF_ID_ IN (SELECT ID_ FROM ACT_RU_JOBDEF WHERE ACT_ID_ = ?)";
  /** Cases started on the two nodes, by two clients, before anything goes wrong. */
  private static final int LOAD_CASES = 30;
  /** Cases started on each node while their jobs cannot finish: few enough for each node's connection pool. */
  private static final int HELD_CASES_PER_NODE = 4;
  /** Cases started on the survivor while it takes over. */
  private static final int SURVIVOR_CASES = 10;
  /** The target: a dead node's jobs are run by another within a minute. */
  private static final Duration TAKEOVER_LIMIT = Duration.ofMinutes(1);

  @TempDir Path workDir;

  @Test
  @Timeout(value = 12, unit = TimeUnit.MINUTES)
  void jobsLockedByAKilledNodeAreRunOnceByTheOtherNodeWithinAMinute() throws Exception {
    try (MySqlTestDatabase database = MySqlTestDatabase.create("")) {
      // Started together, as after a release; the start-up lock lets them set up the schema one at a time.
      ExecutorService starts = Executors.newFixedThreadPool(2);
      Future<ChildApplication> startingA = starts.submit(() -> start(database, "node-a"));
      Future<ChildApplication> startingB = starts.submit(() -> start(database, "node-b"));
      starts.shutdown();
      try (ChildApplication a = startedOrStopped(startingA, startingB);
          ChildApplication b = startedOrStopped(startingB, startingA)) {
        try {
          run(database, a, b);
        } catch (Throwable e) {
          throw new AssertionError(e.getMessage() + "\n" + a.logText() + "\n" + b.logText(), e);
        }
      }
    }
  }

  /** The started node, or, when it did not start, the other one stopped too (no process is left running). */
  private static ChildApplication startedOrStopped(Future<ChildApplication> node, Future<ChildApplication> other)
      throws Exception {
    try {
      return node.get();
    } catch (ExecutionException e) {
      try {
        other.get().close();
      } catch (ExecutionException alsoFailed) {
        e.addSuppressed(alsoFailed.getCause());
      }
      throw new AssertionError(e.getCause().getMessage(), e.getCause());
    }
  }

  private void run(MySqlTestDatabase database, ChildApplication a, ChildApplication b) throws Exception {
    addClerk(a);
    List<String> cases = new ArrayList<>();

    // Load on both nodes from two clients; their jobs run where they are taken, as usual.
    CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(() -> startCases(a, b, LOAD_CASES / 2));
    CompletableFuture<List<String>> second = CompletableFuture.supplyAsync(() -> startCases(b, a, LOAD_CASES / 2));
    cases.addAll(first.join());
    cases.addAll(second.join());
    awaitNoStepJobs(database, Duration.ofSeconds(60));

    Map<String, String> heldByA;
    Instant killedAt;
    try (Connection holder = database.connect(); Statement lock = holder.createStatement()) {
      // The step's INSERT now waits inside its transaction, with its job locked by the node running it.
      lock.execute("LOCK TABLES notification_outbox WRITE");
      cases.addAll(startCases(a, a, HELD_CASES_PER_NODE));
      awaitLocks(database, "node-a", 1);
      cases.addAll(startCases(b, b, HELD_CASES_PER_NODE));
      awaitLocks(database, null, 2 * HELD_CASES_PER_NODE);

      a.kill();
      killedAt = Instant.now();
      heldByA = locks(database, "node-a");
      lock.execute("UNLOCK TABLES");
    }
    assertThat(heldByA).as("jobs node A held when it was killed").isNotEmpty();

    // The survivor keeps serving while A's locks run out.
    cases.addAll(startCases(b, b, SURVIVOR_CASES));

    Map<String, Duration> ranAfterKill = awaitGone(database, heldByA.keySet(), killedAt,
        TAKEOVER_LIMIT.plusSeconds(30));
    awaitNoStepJobs(database, Duration.ofSeconds(30));
    System.out.printf("Node A held %d job(s) when killed; node B ran them %.1f–%.1f s after the kill%n",
        heldByA.size(), seconds(ranAfterKill.values().stream().min(Duration::compareTo).orElseThrow()),
        seconds(ranAfterKill.values().stream().max(Duration::compareTo).orElseThrow()));
    assertThat(ranAfterKill).as("A's jobs run by B (time after the kill)").hasSameSizeAs(heldByA)
        .allSatisfy((job, after) -> assertThat(after).isLessThanOrEqualTo(TAKEOVER_LIMIT));

    // Nothing lost, nothing doubled.
    assertThat(perCase(database, "SELECT process_instance_id FROM notification_outbox WHERE message_key LIKE ?",
        "%:" + STEP + ":%")).as("outbox rows of the step per case").isEqualTo(once(cases));
    assertThat(perCase(database,
        "SELECT PROC_INST_ID_ FROM ACT_HI_ACTINST WHERE ACT_ID_ = ? AND END_TIME_ IS NOT NULL", STEP)).as("finished runs of the step per case").isEqualTo(once(cases));
    assertThat(perCase(database, "SELECT PROC_INST_ID_ FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = ?",
        "reviewImportantEvent")).as("next tasks (管理处主任审阅) per case").isEqualTo(once(cases));
    assertThat(perCase(database,
        "SELECT PROCESS_INSTANCE_ID_ FROM ACT_HI_JOB_LOG WHERE ACT_ID_ = ? AND JOB_STATE_ = 2", STEP)).as("successful job runs per case").isEqualTo(once(cases));
    assertThat(database.rows("SELECT HOSTNAME_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 AND JOB_ID_ IN ("
        + quoted(heldByA.keySet()) + ")")).as("who ran A's jobs").hasSize(heldByA.size()).containsOnly("node-b");
    assertThat(database.count("SELECT COUNT(*) FROM ACT_RU_INCIDENT")).as("incidents").isZero();
  }

  private ChildApplication start(MySqlTestDatabase database, String node) {
    List<String> args = new ArrayList<>();
    for (String arg : database.applicationArgs()) {
      if (!arg.startsWith("--server.port=")) { // ChildApplication gives the port
        args.add(arg);
      }
    }
    // The engine's hostname, in the job log and in the locks (JobLockOwner); in production each node's address.
    args.add("--camunda.bpm.generic-properties.properties.hostname=" + node);
    try {
      Path dir = Files.createDirectories(workDir.resolve(node));
      return ChildApplication.start(dir, dir.resolve("application.log"), MySqlTestDatabase.ADMIN,
          MySqlTestDatabase.ADMIN_PASSWORD, args.toArray(String[]::new));
    } catch (Exception e) {
      throw new IllegalStateException(node + " did not start: " + e.getMessage(), e);
    }
  }

  /** A clerk of 翠湖花园管理处 (A01), made by the first administrator through the REST API. */
  private static void addClerk(ChildApplication node) throws Exception {
    String admin = MySqlTestDatabase.ADMIN;
    String password = MySqlTestDatabase.ADMIN_PASSWORD;
    expect(node.postJson("/engine-rest/user/create", JSON.writeValueAsString(Map.of(
        "profile", Map.of("id", CLERK, "firstName", "伟", "lastName", "张"),
        "credentials", Map.of("password", CLERK_PASSWORD))), admin, password), 204);
    expect(node.put("/engine-rest/group/customer-service/members/" + CLERK, admin, password), 204);
    expect(node.put("/engine-rest/tenant/A01/user-members/" + CLERK, admin, password), 204);
  }

  /** Starts count urgent complaints (each an important event), alternately on one node and the other. */
  private static List<String> startCases(ChildApplication one, ChildApplication other, int count) {
    List<String> ids = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        HttpResponse<String> started = (i % 2 == 0 ? one : other).postJson(
            "/engine-rest/process-definition/key/complaint-handling/submit-form", urgentComplaint(i), CLERK,
            CLERK_PASSWORD);
        expect(started, 200);
        ids.add(JSON.readTree(started.body()).get("id").asText());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    return ids;
  }

  private static String urgentComplaint(int i) throws Exception {
    return JSON.writeValueAsString(Map.of("variables", Map.of(
        "complainantName", typed("刘女士" + i),
        "unit", typed("5栋2单元" + (100 + i)),
        "phone", typed("13900001111"),
        "channel", typed("phone"),
        "category", typed("noise"),
        "severity", typed("urgent"),
        "description", typed("楼上夜间装修噪音，多次劝阻无效"))));
  }

  private static Map<String, Object> typed(String value) {
    return Map.of("type", "String", "value", value);
  }

  private static void expect(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
  }

  /**
   * The step's jobs and their lock owners: those locked by the node (LOCK_OWNER_ begins with its hostname, see
   * JobLockOwner), or by any node when node is null.
   */
  private static Map<String, String> locks(MySqlTestDatabase database, String node) throws SQLException {
    Map<String, String> locks = new LinkedHashMap<>();
    try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(
        "SELECT ID_, LOCK_OWNER_ FROM ACT_RU_JOB WHERE " + OF_STEP + " AND LOCK_OWNER_ LIKE ?")) {
      s.setString(1, STEP);
      s.setString(2, node == null ? "%" : node + "/%");
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          locks.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return locks;
  }

  private static void awaitLocks(MySqlTestDatabase database, String node, int atLeast) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (locks(database, node).size() < atLeast) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("fewer than " + atLeast + " jobs locked by " + (node == null ? "the nodes" : node)
            + " within 30 s: " + locks(database, null));
      }
      Thread.sleep(100);
    }
  }

  private static void awaitNoStepJobs(MySqlTestDatabase database, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    String left = "SELECT COUNT(*) FROM ACT_RU_JOB WHERE " + OF_STEP.replace("?", "'" + STEP + "'");
    while (database.count(left) > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(database.count(left) + " job(s) of " + STEP + " still there after " + limit + ": "
            + database.rows("SELECT CONCAT(ID_, ' ', COALESCE(LOCK_OWNER_, '-'), ' ', RETRIES_, ' ',"
            + " COALESCE(EXCEPTION_MSG_, '')) FROM ACT_RU_JOB WHERE " + OF_STEP.replace("?", "'" + STEP + "'")));
      }
      Thread.sleep(200);
    }
  }

  /** When each job left ACT_RU_JOB (it ran and committed), counted from the kill; stops at the limit. */
  private static Map<String, Duration> awaitGone(MySqlTestDatabase database, Collection<String> jobs, Instant since,
      Duration limit) throws Exception {
    Map<String, Duration> gone = new HashMap<>();
    while (gone.size() < jobs.size() && Duration.between(since, Instant.now()).compareTo(limit) < 0) {
      List<String> present = database.rows("SELECT ID_ FROM ACT_RU_JOB WHERE ID_ IN (" + quoted(jobs) + ")");
      Duration now = Duration.between(since, Instant.now());
      for (String job : jobs) {
        if (!present.contains(job)) {
          gone.putIfAbsent(job, now);
        }
      }
      Thread.sleep(200);
    }
    return gone;
  }

  /** How many rows the query answers per case (its first column is the case), for the given cases. */
  private static Map<String, Integer> perCase(MySqlTestDatabase database, String sql, String parameter)
      throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          counts.merge(rs.getString(1), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static Map<String, Integer> once(List<String> cases) {
    Map<String, Integer> once = new HashMap<>();
    cases.forEach(id -> once.put(id, 1));
    return once;
  }

  private static String quoted(Collection<String> ids) {
    return String.join(",", ids.stream().map(id -> "'" + id.replace("'", "") + "'").toList());
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
