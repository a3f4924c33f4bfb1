package com.servicecentre.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.servicecentre.OwnApplication;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default embedded database (./data, demo profile) keeps every case whose start was answered 200, even when
 * the server is killed right after the answer. Runs the application as a child process in a folder of its own.
 */
@OwnApplication
class EmbeddedDatabaseCrashTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int STARTS = 40;

  @TempDir Path workDir;

  @Test
  @Timeout(value = 12, unit = TimeUnit.MINUTES)
  void casesAcknowledgedJustBeforeAKillSurviveTheRestart() throws Exception {
    List<String> acknowledged = new ArrayList<>();
    Path log = workDir.resolve("application.log");
    try (ChildApplication app = ChildApplication.start(workDir, log, "zhangwei", "demo")) {
      try {
        assertThat(workDir.resolve("data/service-centre.mv.db")).as("the default ./data database").exists();
        for (int i = 0; i < STARTS; i++) {
          HttpResponse<String> started = app.postJson(
              "/engine-rest/process-definition/key/complaint-handling/submit-form", startForm(i), "zhangwei", "demo");
          assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
          acknowledged.add(JSON.readTree(started.body()).get("id").asText());
        }
        // Right after the last answer, before the database had any reason to write.
        app.kill();
      } catch (Throwable e) {
        throw new AssertionError(e.getMessage() + "\n" + app.logText(), e);
      }
    }

    try (ChildApplication app = ChildApplication.start(workDir, log, "demo", "demo")) {
      HttpResponse<String> found = app.get("/engine-rest/history/process-instance"
          + "?processDefinitionKey=complaint-handling&maxResults=" + (STARTS * 2), "demo", "demo");
      assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
      Set<String> kept = new HashSet<>();
      for (JsonNode instance : JSON.readTree(found.body())) {
        kept.add(instance.get("id").asText());
      }
      List<String> lost = acknowledged.stream().filter(id -> !kept.contains(id)).toList();
      assertThat(lost).as("cases answered 200 but gone after the restart (%d of %d)", lost.size(), STARTS)
          .isEmpty();
    }
    assertThat(Files.exists(workDir.resolve("data"))).isTrue();
  }

  private static String startForm(int i) throws Exception {
    return JSON.writeValueAsString(java.util.Map.of("variables", java.util.Map.of(
        "complainantName", typed("String", "刘女士" + i),
        "unit", typed("String", "5栋2单元" + (100 + i)),
        "phone", typed("String", "13900001111"),
        "channel", typed("String", "phone"),
        "category", typed("String", "noise"),
        "severity", typed("String", "normal"),
        "description", typed("String", "楼上夜间装修噪音"))));
  }

  private static java.util.Map<String, Object> typed(String type, Object value) {
    return java.util.Map.of("type", type, "value", value);
  }
}
