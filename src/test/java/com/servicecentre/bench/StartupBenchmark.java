package com.servicecentre.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time of the packaged application, {@code java -jar target/service-centre-*.jar} (demo profile, H2 file
 * database in a folder of its own), to the first 200 on {@code /engine-rest/engine} with the demo login (basic
 * auth demo/demo). The first start creates the data folder and is not counted; the rounds after it start on that
 * existing folder, as a restart in production does. Figures only; it never fails a build.
 *
 * <pre>mvn -q -o package -DskipTests
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.servicecentre.bench.StartupBenchmark</pre>
 *
 * Options: bench.rounds (4); bench.args: more arguments for the application, separated by spaces (e.g.
 * {@code -Dbench.args=--camunda.bpm.generic-properties.properties.cmmnEnabled=false} to try an engine setting).
 */
public final class StartupBenchmark {

  private static final Duration LIMIT = Duration.ofMinutes(3);

  public static void main(String[] args) throws Exception {
    int rounds = Integer.getInteger("bench.rounds", 4);
    Path jar;
    try (var files = Files.list(Path.of("target"))) {
      jar = files.filter(p -> p.getFileName().toString().matches("service-centre-.*\\.jar")).findFirst()
          .orElse(null);
    }
    if (jar == null) {
      System.out.println("No target/service-centre-*.jar: build it first with mvn -q -o package -DskipTests");
      return;
    }
    Path folder = Files.createTempDirectory("bench-startup-");
    try {
      System.out.printf("Start-up of %s %s to the first 200 on /engine-rest/engine (demo/demo), H2 data folder"
          + " %s, Java %s, %d cores%n", jar, System.getProperty("bench.args", ""), folder,
          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
      System.out.printf("  first start (creates the data folder, not counted): %.1f s, load %s%n",
          startOnce(jar.toAbsolutePath(), folder), LifecycleBenchmark.load());
      double[] seconds = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        seconds[round] = startOnce(jar.toAbsolutePath(), folder);
        System.out.printf("  round %d: %.1f s, load %s%n", round + 1, seconds[round], LifecycleBenchmark.load());
      }
      double[] sorted = seconds.clone();
      Arrays.sort(sorted);
      System.out.printf("start-up on an existing data folder  min %.1f  median %.1f  max %.1f s%n", sorted[0],
          sorted[sorted.length / 2], sorted[sorted.length - 1]);
    } finally {
      try (var files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Seconds from launching the JVM to the first 200; the application is stopped (SIGTERM) afterwards. */
  private static double startOnce(Path jar, Path folder) throws IOException, InterruptedException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-jar", jar.toString(), "--server.port=" + port));
    String more = System.getProperty("bench.args", "").strip();
    if (!more.isEmpty()) {
      command.addAll(Arrays.asList(more.split("\\s+")));
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
        .redirectErrorStream(true).redirectOutput(folder.resolve("application.log").toFile());
    // The application runs on its defaults, whatever the developer's shell sets.
    builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("DB_"));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/engine"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(
            StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(5)).GET().build();
    long start = System.nanoTime();
    Process process = builder.start();
    try {
      while (System.nanoTime() - start < LIMIT.toNanos()) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the application stopped during start-up; see " + folder
              .resolve("application.log"));
        }
        try {
          int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
          if (status == 200) {
            return (System.nanoTime() - start) / 1e9;
          }
        } catch (IOException notListeningYet) {
          // try again below
        }
        Thread.sleep(100);
      }
      throw new IllegalStateException("no 200 within " + LIMIT);
    } finally {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }
}
