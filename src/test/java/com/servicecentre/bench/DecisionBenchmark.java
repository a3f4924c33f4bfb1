package com.servicecentre.bench;

import com.servicecentre.rules.FeelOnlyDmnEngine;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;

/**
 * Prints how many evaluations per second the standalone DMN engine (configured as the application configures it:
 * FEEL only) makes per CPU-second of the tables evaluated on every lead. Figures only; it never fails a build.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.servicecentre.bench.DecisionBenchmark</pre>
 */
public final class DecisionBenchmark {

  private static final int ROUNDS = 5;
  private static final long ROUND_MILLIS = 2_000;
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    // Without a Spring Boot logging set-up Logback logs every evaluation at DEBUG: that would be the figure.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    DmnEngine engine = FeelOnlyDmnEngine.standaloneEngine();
    DmnDecision assignment = parse(engine, "decisions/designer-assignment.dmn", "designer-assignment");
    DmnDecision capacity = parse(engine, "decisions/designer-capacity.dmn", "designer-capacity");

    List<Map<String, Object>> amounts = orderSizes();
    List<Map<String, Object>> designers = designerMonths();

    System.out.printf("FEEL engine %s, Java %s, %d cores%n", feelVersion(), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    report("designer-assignment", measure(engine, assignment, amounts));
    report("designer-capacity", measure(engine, capacity, designers));
  }

  /** Inputs of designer-assignment: order sizes on both sides of each threshold (also LifecycleBenchmark's). */
  static List<Map<String, Object>> orderSizes() {
    List<Map<String, Object>> amounts = new ArrayList<>();
    for (double amount : new double[] {0, 30_000, 79_999, 80_000, 150_000, 199_999, 200_000, 1_000_000}) {
      amounts.add(Map.of("estimatedAmount", amount));
    }
    return amounts;
  }

  /** Inputs of designer-capacity: every month, for top signers and the others. */
  static List<Map<String, Object>> designerMonths() {
    List<Map<String, Object>> designers = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      designers.add(Map.of("month", month, "topSigner", true));
      designers.add(Map.of("month", month, "topSigner", false));
    }
    return designers;
  }

  private static DmnDecision parse(DmnEngine engine, String file, String key) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return engine.parseDecision(key, in);
    }
  }

  /**
   * Evaluations per CPU-second of the evaluating thread, one figure per round after a warm-up round: CPU time
   * rather than wall time, so that other work on a shared machine does not make up the figure.
   */
  private static double[] measure(DmnEngine engine, DmnDecision decision, List<Map<String, Object>> inputs) {
    double[] perSecond = new double[ROUNDS];
    for (int round = -1; round < ROUNDS; round++) {
      long end = System.nanoTime() + ROUND_MILLIS * 1_000_000;
      long cpuStart = CPU.getCurrentThreadCpuTime();
      long count = 0;
      while (System.nanoTime() < end) {
        engine.evaluateDecision(decision, inputs.get((int) (count % inputs.size())));
        count++;
      }
      if (round >= 0) {
        perSecond[round] = count / ((CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9);
      }
    }
    return perSecond;
  }

  private static void report(String key, double[] perSecond) {
    double[] sorted = perSecond.clone();
    Arrays.sort(sorted);
    System.out.printf("%-20s evaluations per CPU-second  min %,10.0f  median %,10.0f  max %,10.0f%n", key, sorted[0],
        sorted[sorted.length / 2], sorted[sorted.length - 1]);
  }

  private static String feelVersion() {
    Package feel = org.camunda.feel.FeelEngine.class.getPackage();
    return feel.getImplementationVersion() != null ? feel.getImplementationVersion() : "(version not in manifest)";
  }
}
