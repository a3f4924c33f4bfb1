package com.servicecentre.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Full lifecycles of the four processes (shortest and typical path) against a bare model with the same user tasks
 * deployed into the same engine, SQL statements per case of both, and decision evaluations through the engine.
 * Prints figures; never fails a build.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.servicecentre.bench.LifecycleBenchmark [-Dbench.db=h2|mariadb]</pre>
 *
 * Options: bench.rounds (4), bench.sliceMillis (2000), bench.threads (2), bench.paths (e.g.
 * complaint-short,repair-typical; all by default), bench.countedCases (10).
 * Throughput: in each round the project and the bare model run in alternating slices (project, bare, bare,
 * project), 2 client threads each; the ratio of a round is the project's cases/s over the bare model's. The
 * statement counter is off while throughput is measured.
 */
public final class LifecycleBenchmark {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    String db = System.getProperty("bench.db", "h2");
    int rounds = Integer.getInteger("bench.rounds", 4);
    long slice = Long.getLong("bench.sliceMillis", 2_000);
    int threads = Integer.getInteger("bench.threads", 2);
    int counted = Integer.getInteger("bench.countedCases", 10);
    Set<String> only = System.getProperty("bench.paths") == null ? null
        : new HashSet<>(Arrays.asList(System.getProperty("bench.paths").split(",")));

    SqlCounter counter = new SqlCounter();
    long bootStart = System.nanoTime();
    try (BenchApplication app = BenchApplication.start(db, counter)) {
      ProcessEngine engine = app.bean(ProcessEngine.class);
      System.out.printf("%nLifecycle benchmark on %s (%s), Java %s, %d cores, load average %s; application up in"
          + " %.1f s%n", db, databaseVersion(app), System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(), load(), (System.nanoTime() - bootStart) / 1e9);
      var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
          engine.getProcessEngineConfiguration();
      System.out.printf("%s, history level %s, authorization %s, job executor active: %s%n", jdbcUrl(app),
          configuration.getHistoryLevel().getName(), configuration.isAuthorizationEnabled() ? "on" : "off",
          configuration.getJobExecutor().isActive());
      System.out.printf("%d rounds of 4 slices of %d ms (project, bare, bare, project), %d client threads%n",
          rounds, slice, threads);
      CaseDriver driver = new CaseDriver(engine);

      List<CasePath> paths = CasePath.all().stream().filter(p -> only == null || only.contains(p.name())).toList();
      Map<CasePath, String> twins = new LinkedHashMap<>();
      for (CasePath path : paths) {
        // Leads: within a day the designers reach their daily and weekly caps after a few leads, and from then
        // on every lead asks the design manager (decideOverCapDispatch): that is the steady state measured.
        int before = path.processKey().equals("lead-to-order") ? 40 : 1;
        for (int i = 0; i < before; i++) {
          driver.run(path, path.processKey(), CASE_NUMBER.incrementAndGet(), null);
        }
        List<CaseDriver.SeenTask> seen = new ArrayList<>();
        driver.run(path, path.processKey(), CASE_NUMBER.incrementAndGet(), seen);
        twins.put(path, BareTwin.deploy(engine.getRepositoryService(), path, seen));
        System.out.printf("  %-18s %d user tasks: %s%n", path.name(), seen.size(),
            seen.stream().map(CaseDriver.SeenTask::key).toList());
      }

      System.out.printf("%n%-18s %12s %12s %24s %10s  %s%n", "cases/s", "project", "bare", "ratio min/median/max",
          "tasks/case", "load");
      for (CasePath path : paths) {
        String bare = twins.get(path);
        // Warm-up of both models, not counted.
        slice(driver, path, path.processKey(), threads, slice / 2);
        slice(driver, path, bare, threads, slice / 2);
        double[] project = new double[rounds * 2];
        double[] bareRate = new double[rounds * 2];
        double[] ratio = new double[rounds];
        Slice last = null;
        Slice lastBare = null;
        for (int round = 0; round < rounds; round++) {
          Slice a1 = slice(driver, path, path.processKey(), threads, slice);
          Slice b1 = slice(driver, path, bare, threads, slice);
          Slice b2 = slice(driver, path, bare, threads, slice);
          Slice a2 = slice(driver, path, path.processKey(), threads, slice);
          project[round * 2] = a1.rate();
          project[round * 2 + 1] = a2.rate();
          bareRate[round * 2] = b1.rate();
          bareRate[round * 2 + 1] = b2.rate();
          ratio[round] = (a1.rate() + a2.rate()) / (b1.rate() + b2.rate());
          last = a2;
          lastBare = b2;
        }
        System.out.printf("%-18s %12.1f %12.1f %24s %5.1f/%-4.1f  %s%s%n", path.name(), median(project),
            median(bareRate), minMedianMax(ratio), last.tasksPerCase(), lastBare.tasksPerCase(), load(),
            last.errors() + lastBare.errors() > 0 ? "  errors: " + last.firstError() + lastBare.firstError() : "");
      }

      System.out.printf("%nSQL statements per case (%d cases each, one thread, counted by datasource-proxy,"
          + " commits included)%n", counted);
      for (CasePath path : paths) {
        Map<String, Long> project = count(counter, driver, path, path.processKey(), counted);
        Map<String, Long> bare = count(counter, driver, path, twins.get(path), counted);
        long p = project.values().stream().mapToLong(Long::longValue).sum();
        long b = bare.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%-18s project %6.1f  bare %6.1f  ratio %.2f%n", path.name(), p / (double) counted,
            b / (double) counted, p / (double) b);
        Set<String> keys = new HashSet<>(project.keySet());
        keys.addAll(bare.keySet());
        keys.stream().sorted((x, y) -> Long.compare(
                Math.abs(project.getOrDefault(y, 0L) - bare.getOrDefault(y, 0L)),
                Math.abs(project.getOrDefault(x, 0L) - bare.getOrDefault(x, 0L))))
            .limit(Integer.getInteger("bench.topSources", 12)).forEach(k -> System.out.printf("    %+7.1f  %-40s (%.1f vs %.1f)%n",
                (project.getOrDefault(k, 0L) - bare.getOrDefault(k, 0L)) / (double) counted, k,
                project.getOrDefault(k, 0L) / (double) counted, bare.getOrDefault(k, 0L) / (double) counted));
      }

      decisionsInTheEngine(engine.getDecisionService(), rounds, slice);
    }
  }

  record Slice(int cases, int tasks, double seconds, int errors, String firstError) {
    double rate() {
      return cases / seconds;
    }

    double tasksPerCase() {
      return cases == 0 ? 0 : tasks / (double) cases;
    }
  }

  private static final AtomicInteger CASE_NUMBER = new AtomicInteger(1);

  /** Every client thread runs cases of processKey until the slice ends; cases still running then are finished. */
  private static Slice slice(CaseDriver driver, CasePath path, String processKey, int threads, long millis)
      throws InterruptedException {
    AtomicInteger cases = new AtomicInteger();
    AtomicInteger tasks = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>("");
    long start = System.nanoTime();
    long end = start + millis * 1_000_000;
    List<Thread> clients = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread client = new Thread(() -> {
        while (System.nanoTime() < end) {
          try {
            tasks.addAndGet(driver.run(path, processKey, CASE_NUMBER.incrementAndGet(), null));
            cases.incrementAndGet();
          } catch (RuntimeException e) {
            errors.incrementAndGet();
            firstError.compareAndSet("", processKey + ": " + e.getMessage());
          }
        }
      });
      clients.add(client);
      client.start();
    }
    for (Thread client : clients) {
      client.join();
    }
    return new Slice(cases.get(), tasks.get(), (System.nanoTime() - start) / 1e9, errors.get(), firstError.get());
  }

  private static Map<String, Long> count(SqlCounter counter, CaseDriver driver, CasePath path, String processKey,
      int cases) {
    counter.start();
    for (int i = 0; i < cases; i++) {
      driver.run(path, processKey, CASE_NUMBER.incrementAndGet(), null);
    }
    return counter.stop();
  }

  /** designer-assignment and designer-capacity through DecisionService (with its history), one thread. */
  private static void decisionsInTheEngine(DecisionService decisions, int rounds, long millis) {
    List<Map<String, Object>> amounts = new ArrayList<>();
    for (double amount : new double[] {0, 30_000, 79_999, 80_000, 150_000, 199_999, 200_000, 1_000_000}) {
      amounts.add(Map.of("estimatedAmount", amount));
    }
    List<Map<String, Object>> designers = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      designers.add(Map.of("month", month, "topSigner", true));
      designers.add(Map.of("month", month, "topSigner", false));
    }
    System.out.printf("%nDecisions through the engine's DecisionService (one thread, history level full)%n");
    for (var entry : Map.of("designer-assignment", amounts, "designer-capacity", designers).entrySet()) {
      double[] wall = new double[rounds];
      double[] cpu = new double[rounds];
      for (int round = -1; round < rounds; round++) {
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        long end = start + millis * 1_000_000;
        int n = 0;
        while (System.nanoTime() < end) {
          decisions.evaluateDecisionTableByKey(entry.getKey(), new HashMap<>(entry.getValue().get(n % entry.getValue()
              .size()))).getSingleResult();
          n++;
        }
        if (round >= 0) {
          wall[round] = n / ((System.nanoTime() - start) / 1e9);
          cpu[round] = n / ((CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
      }
      System.out.printf("%-20s evaluations/s  %s   per CPU-second of the client thread  %s   load %s%n",
          entry.getKey(), minMedianMax(wall, "%,.0f"), minMedianMax(cpu, "%,.0f"), load());
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  private static String minMedianMax(double[] values) {
    return minMedianMax(values, "%.2f");
  }

  private static String minMedianMax(double[] values, String format) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return String.format(format + "/" + format + "/" + format, sorted[0], median(values), sorted[sorted.length - 1]);
  }

  static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (Exception e) {
      return "n/a";
    }
  }

  private static String jdbcUrl(BenchApplication app) {
    return app.bean(org.springframework.jdbc.core.JdbcTemplate.class).execute(
        (java.sql.Connection c) -> c.getMetaData().getURL());
  }

  private static String databaseVersion(BenchApplication app) {
    return app.bean(org.springframework.jdbc.core.JdbcTemplate.class).execute(
        (java.sql.Connection c) -> c.getMetaData().getDatabaseProductName() + " "
            + c.getMetaData().getDatabaseProductVersion());
  }
}
