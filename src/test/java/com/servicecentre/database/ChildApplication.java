package com.servicecentre.database;

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
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application run as a separate process, the way an operator runs it: its own JVM, working directory and
 * port, so that it can be killed like a crashed server. Its output goes to a log file, printed on demand.
 */
final class ChildApplication implements AutoCloseable {

  private static final Duration START_LIMIT = Duration.ofMinutes(4);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Path log;
  private final int port;
  private final Process process;

  private ChildApplication(Path workDir, Path log, String... args) throws IOException {
    this.log = log;
    this.port = freePort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
        "-cp", absoluteClassPath(), "com.servicecentre.ServiceCentreApplication", "--server.port=" + port));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    // The child must run on its defaults, whatever the developer's shell sets.
    builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("DB_"));
    this.process = builder.start();
  }

  /** Starts the application in workDir and waits until user/password is let in. */
  static ChildApplication start(Path workDir, Path log, String user, String password, String... args)
      throws IOException, InterruptedException {
    ChildApplication app = new ChildApplication(workDir, log, args);
    try {
      app.awaitLogin(user, password);
      return app;
    } catch (RuntimeException | Error | InterruptedException e) {
      app.close();
      throw e;
    }
  }

  private void awaitLogin(String user, String password) throws InterruptedException {
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("The application stopped during start-up (exit " + process.exitValue() + ")\n"
            + logText());
      }
      try {
        if (get("/engine-rest/process-definition/count", user, password).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // try again below
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The application did not let " + user + " in within " + START_LIMIT + "\n" + logText());
  }

  HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
    return http.send(request(path, user, password).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postJson(String path, String json, String user, String password)
      throws IOException, InterruptedException {
    return http.send(request(path, user, password).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> put(String path, String user, String password) throws IOException, InterruptedException {
    return http.send(request(path, user, password).PUT(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path, String user, String password) {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + basic);
  }

  /** Kills the process as a power cut or the OOM killer would: no shutdown hook, no database close. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("The application did not die within 30 s of SIGKILL");
    }
  }

  String logText() {
    try {
      return "----- " + log + " -----\n" + Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The test JVM's class path, absolute, since the child runs in another directory. */
  private static String absoluteClassPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(Path.of(entry).toAbsolutePath().toString());
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }
}
