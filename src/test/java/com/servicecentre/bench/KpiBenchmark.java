package com.servicecentre.bench;

import com.servicecentre.LeaveOutTestEngine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.servicecentre.ServiceCentreApplication;
import com.servicecentre.common.EngineClock;
import com.servicecentre.demo.DemoHistory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints how fast the KPI page answers over a large history: {@code bench.cases} cases (10,000 by default) made
 * through the engine by the demo history generator ({@link DemoHistory}) over {@code bench.months} months, then
 * {@code GET /api/kpi} by month, department and person, the page {@code /kpi/} and the cases behind one figure,
 * each timed {@code bench.samples} times over HTTP as the office manager of 翠湖花园 (p50 / p95). Figures only; it
 * never fails a build.
 *
 * <p>Generating takes long (every case runs through the engine), so the database is kept and reused: H2 in
 * {@code bench.folder} (default {@code target/kpi-bench}, one folder per size, months and seed), MariaDB as the
 * database {@code history_bench} (reused when it holds about that many cases). {@code -Dbench.regenerate=true}
 * makes it afresh; so is a folder whose generation did not finish. {@code -Dbench.copies=5} times 5 × the
 * generated cases (H2 only, see {@link #copy}).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.servicecentre.bench.KpiBenchmark
 *     [-Dbench.db=h2|mariadb] [-Dbench.cases=10000] [-Dbench.months=12] [-Dbench.samples=20]
 *     [-Dbench.regenerate=true] [-Dbench.generateOnly=true] [-Dbench.copies=5]</pre>
 */
public final class KpiBenchmark {

  private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";
  private static final String DATABASE = "history_bench";
  /** The office manager of 翠湖花园 by default; -Dbench.user=demo reads every office as the administrator. */
  private static final String USER = System.getProperty("bench.user", "huangjun");
  private static final String PASSWORD = "demo";
  private static final long SEED = 20261127L;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final int samples;
  private int port;

  private KpiBenchmark(int samples) {
    this.samples = samples;
  }

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    String db = System.getProperty("bench.db", "h2").toLowerCase(Locale.ROOT);
    int cases = Integer.getInteger("bench.cases", 10_000);
    int months = Integer.getInteger("bench.months", 12);
    int samples = Integer.getInteger("bench.samples", 20);
    boolean regenerate = Boolean.getBoolean("bench.regenerate");

    List<String> settings = new ArrayList<>(List.of("--spring.profiles.active=demo", "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false", "--service-centre.notification.relay.enabled=false",
        "--service-centre.handover.schedule.enabled=false", "--logging.level.root=WARN",
        "--logging.level.com.servicecentre.demo=INFO", "--spring.main.banner-mode=off"));
    Path folder = null;
    boolean generate;
    if (db.equals("mariadb") || db.equals("mysql")) {
      // The database is reused only for a history of the size asked for.
      regenerate = regenerate || !mariadbHasCases(cases);
      try (Connection c = DriverManager.getConnection(SERVER, "root", ""); Statement s = c.createStatement()) {
        if (regenerate) {
          s.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
        s.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
      }
      settings.addAll(List.of("--spring.datasource.url=" + SERVER + DATABASE, "--spring.datasource.username=root",
          "--spring.datasource.password=", "--spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver",
          // As application-mysql.yml configures the pool and the driver.
          "--spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED",
          "--spring.datasource.hikari.data-source-properties.nullDatabaseMeansCurrent=true",
          "--spring.datasource.hikari.data-source-properties.sendFractionalSeconds=false",
          "--spring.datasource.hikari.data-source-properties.characterEncoding=UTF-8",
          "--spring.datasource.hikari.data-source-properties.connectionCollation=utf8mb4_bin"));
      generate = regenerate;
    } else {
      folder = Path.of(System.getProperty("bench.folder", "target/kpi-bench"))
          .resolve("c" + cases + "-m" + months + "-s" + SEED).toAbsolutePath();
      // A folder without its period is a generation that did not finish: made afresh.
      if ((regenerate || !Files.exists(folder.resolve("period.properties"))) && Files.exists(folder)) {
        try (var files = Files.walk(folder)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      generate = !Files.exists(folder.resolve("period.properties"));
      Files.createDirectories(folder);
      settings.add("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("service-centre")
          + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }

    System.out.printf(Locale.ROOT, "KPI benchmark on %s, %d cores, load average %.2f, Java %s%n", db,
        Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.version"));
    long t = System.nanoTime();
    SpringApplication application = new SpringApplication(ServiceCentreApplication.class);
    // The test sources are on the class path: keep the test engine's stand-ins out of the application.
    application.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("kpiBenchLeavesOutTestEngine",
        new LeaveOutTestEngine()));
    try (ConfigurableApplicationContext app = application.run(settings.toArray(String[]::new))) {
      System.out.printf(Locale.ROOT, "Application up in %.1f s%n", (System.nanoTime() - t) / 1e9);
      KpiBenchmark bench = new KpiBenchmark(samples);
      bench.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      LocalDate from;
      LocalDate to;
      if (generate) {
        LocalDateTime now = EngineClock.now();
        from = now.toLocalDate().minusMonths(months);
        to = now.toLocalDate();
        System.out.printf(Locale.ROOT, "Generating %,d cases over %d months (%s to %s) through the engine …%n",
            cases, months, from, to);
        DemoHistory.Totals totals = app.getBean(DemoHistory.class).generate(from, now, cases, SEED);
        System.out.printf(Locale.ROOT, "Generated in %.0f s (%.1f cases/s): started %s, finished %s, open %d,"
            + " stopped by a check %d, %,d tasks completed, %,d timers fired%n", totals.took().toMillis() / 1e3,
            totals.cases() / (totals.took().toMillis() / 1e3), totals.started(), totals.finished(), totals.open(),
            totals.stuck(), totals.tasksCompleted(), totals.timersFired());
        if (folder != null) {
          Properties period = new Properties();
          period.setProperty("from", from.toString());
          period.setProperty("to", to.toString());
          period.setProperty("seconds", String.valueOf(totals.took().toSeconds()));
          try (var out = Files.newOutputStream(folder.resolve("period.properties"))) {
            period.store(out, "period of the generated history");
          }
        }
      } else {
        from = jdbc.queryForObject("SELECT MIN(received_at) FROM complaint_register", java.sql.Timestamp.class)
            .toLocalDateTime().toLocalDate();
        to = LocalDate.now(EngineClock.ZONE);
        System.out.printf("Reusing the history generated before (%s%s)%n", folder != null ? folder : DATABASE,
            folder != null ? ", generation took " + readPeriod(folder).getProperty("seconds") + " s" : "");
      }
      int copies = Integer.getInteger("bench.copies", 1);
      if (copies > 1 && folder != null) {
        from = copy(jdbc, copies, months, from);
      }
      bench.registers(jdbc);
      if (!Boolean.getBoolean("bench.generateOnly")) {
        bench.measure(from, to);
      }
      System.out.printf(Locale.ROOT, "Load average at the end %.2f%n", loadAverage());
    }
    System.exit(0);
  }

  /**
   * {@code bench.copies}: the page over more cases than the engine can make in an hour. The generated registers and
   * step times are copied {@code copies - 1} times, copy k with its case numbers suffixed "-k" and every date moved
   * back k × months, so the history becomes copies × as long with the same mix of cases (H2 only; once per folder,
   * which it then keeps). Returns the first day of the history.
   */
  private static LocalDate copy(JdbcTemplate jdbc, int copies, int months, LocalDate from) {
    List<String> tables = List.of("complaint_register:complaint_no", "repair_register:job_no",
        "move_out_register:case_no", "lead_register:lead_no", "case_step_time:case_no,task_id");
    Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM complaint_register WHERE complaint_no LIKE '%-1'",
        Integer.class);
    long t = System.nanoTime();
    if (done == 0) {
      for (String spec : tables) {
        String table = spec.split(":")[0];
        List<String> keys = List.of(spec.split(":")[1].split(","));
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        jdbc.query("SELECT COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = ?"
            + " AND TABLE_SCHEMA = SCHEMA() ORDER BY ORDINAL_POSITION", (ResultSet rs) -> {
              String column = rs.getString(1).toLowerCase(Locale.ROOT);
              String type = rs.getString(2).toUpperCase(Locale.ROOT);
              if (column.equals("id")) {
                return;
              }
              columns.add(column);
              values.add(keys.contains(column) ? "CONCAT(" + column + ", '-', ?)"
                  : type.contains("TIMESTAMP") || type.equals("DATE") ? "DATEADD(MONTH, ?, " + column + ")" : column);
            }, table.toUpperCase(Locale.ROOT));
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
            + " FROM " + table + " WHERE " + keys.get(0) + " NOT LIKE '%-%'";
        for (int k = 1; k < copies; k++) {
          int copy = k;
          Object[] args = values.stream().filter(v -> v.contains("?"))
              .map(v -> v.startsWith("CONCAT") ? (Object) String.valueOf(copy) : (Object) (-months * copy)).toArray();
          jdbc.update(sql, args);
        }
      }
    }
    System.out.printf(Locale.ROOT, "History copied to %d× (%s in %.1f s)%n", copies,
        done == 0 ? "made now" : "made before", (System.nanoTime() - t) / 1e9);
    return jdbc.queryForObject("SELECT MIN(received_at) FROM complaint_register", java.sql.Timestamp.class)
        .toLocalDateTime().toLocalDate();
  }

  private void registers(JdbcTemplate jdbc) {
    System.out.println("Registers:");
    for (String sql : List.of(
        "SELECT CONCAT('complaints ', status), COUNT(*) FROM complaint_register GROUP BY status",
        "SELECT 'complaints reopened', COUNT(*) FROM complaint_register WHERE reopen_count > 0",
        "SELECT 'complaints late or escalated', COUNT(*) FROM complaint_register"
            + " WHERE resolved_on_time = FALSE OR escalation IS NOT NULL",
        "SELECT CONCAT('repairs ', status), COUNT(*) FROM repair_register GROUP BY status",
        "SELECT 'repairs reopened', COUNT(*) FROM repair_register WHERE reopen_count > 0",
        "SELECT 'repairs chargeable', COUNT(*) FROM repair_register WHERE chargeable = TRUE",
        "SELECT CONCAT('move-outs ', status), COUNT(*) FROM move_out_register GROUP BY status",
        "SELECT 'move-outs rejected once', COUNT(*) FROM move_out_register WHERE approval_chain LIKE '%驳回%'",
        "SELECT CONCAT('leads ', status), COUNT(*) FROM lead_register GROUP BY status",
        "SELECT CONCAT('leads ', order_size), COUNT(*) FROM lead_register WHERE order_size IS NOT NULL GROUP BY order_size",
        "SELECT 'steps late', COUNT(*) FROM case_step_time WHERE on_time = FALSE",
        "SELECT 'steps on time', COUNT(*) FROM case_step_time WHERE on_time = TRUE")) {
      try {
        jdbc.query(sql, (ResultSet rs) -> {
              System.out.printf(Locale.ROOT, "  %-34s %,8d%n", rs.getString(1), rs.getLong(2));
            });
      } catch (RuntimeException e) {
        System.out.println("  (" + sql + ": " + e.getMessage() + ")");
      }
    }
  }

  private void measure(LocalDate from, LocalDate to) throws Exception {
    String period = "from=" + from + "&to=" + to;
    HttpResponse<String> probe = get("/api/kpi?" + period + "&groupBy=month");
    if (probe.statusCode() != 200) {
      System.out.println("GET /api/kpi answers " + probe.statusCode() + ": " + probe.body());
      return;
    }
    JsonNode figures = json.readTree(probe.body()).path("figures");
    System.out.printf(Locale.ROOT, "Period %s to %s; %d figures by month for %s%n", from, to, figures.size(), USER);
    // The figure behind the most cases: its list is the longest a manager opens.
    String kpi = null;
    double most = -1;
    for (JsonNode figure : figures) {
      if (figure.path("denominator").asDouble() > most) {
        most = figure.path("denominator").asDouble();
        kpi = figure.path("kpi").asText();
      }
    }
    System.out.printf(Locale.ROOT, "%d samples each, as %s:%n", samples, USER);
    time("GET /api/kpi groupBy=month", "/api/kpi?" + period + "&groupBy=month");
    time("GET /api/kpi groupBy=department", "/api/kpi?" + period + "&groupBy=department");
    time("GET /api/kpi groupBy=person", "/api/kpi?" + period + "&groupBy=person");
    time("GET /kpi/", "/kpi/");
    if (kpi != null) {
      time("GET /api/kpi/cases kpi=" + kpi, "/api/kpi/cases?kpi=" + kpi + "&" + period);
    }
  }

  private void time(String what, String path) throws Exception {
    HttpResponse<String> answer = null;
    for (int i = 0; i < 2; i++) {
      answer = get(path);
    }
    long[] nanos = new long[samples];
    for (int i = 0; i < samples; i++) {
      long t = System.nanoTime();
      answer = get(path);
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "  %-48s p50 %8.1f ms  p95 %8.1f ms  (HTTP %d, %,d bytes)%n", what,
        nanos[samples / 2] / 1e6, nanos[Math.min(samples - 1, (int) Math.ceil(samples * 0.95) - 1)] / 1e6,
        answer.statusCode(), answer.body().getBytes(StandardCharsets.UTF_8).length);
  }

  private HttpResponse<String> get(String path) throws Exception {
    String basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(120)).header("Authorization", "Basic " + basic).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static boolean mariadbHasCases(int cases) {
    try (Connection c = DriverManager.getConnection(SERVER + DATABASE, "root", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ACT_HI_PROCINST")) {
      return rs.next() && rs.getLong(1) >= cases * 0.9 && rs.getLong(1) <= cases * 1.1;
    } catch (java.sql.SQLException noTablesYet) {
      return false;
    }
  }

  private static Properties readPeriod(Path folder) throws java.io.IOException {
    Properties period = new Properties();
    try (var in = Files.newInputStream(folder.resolve("period.properties"))) {
      period.load(in);
    }
    return period;
  }

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
