package com.servicecentre.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.OwnApplication;
import com.servicecentre.ServiceCentreApplication;
import com.servicecentre.TasklistClient;
import com.servicecentre.complaint.ComplaintRegister;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Rare characters (生僻字 outside the Basic Multilingual Plane, such as 𠮷) and emoji are four bytes in UTF-8. On
 * MySQL/MariaDB they are kept unchanged in Camunda's tables and the project's own, however the database was
 * created: with the server's default character set, or with a legacy one (latin1, as older servers default to).
 */
@OwnApplication
class FourByteCharactersOnMySqlTest {

  private static final String NAME = "𠮷野家";
  private static final String DESCRIPTION = "楼上夜间装修噪音😡，凌晨还在电钻🔨";
  private static final String RESULT = "已停止夜间施工👍";
  private static final String CLERK_PASSWORD = "Counter-Desk-42";

  @ParameterizedTest(name = "database created with \"{0}\"")
  @ValueSource(strings = {"", "CHARACTER SET latin1"})
  void complaintWithRareCharactersAndEmojiIsStoredAndReadBackUnchanged(String createOptions) throws Exception {
    try (MySqlTestDatabase database = MySqlTestDatabase.create(createOptions)) {
      if (!createOptions.isEmpty()) {
        addLegacyTable(database);
      }
      try (ConfigurableApplicationContext app = SpringApplication.run(ServiceCentreApplication.class,
          database.applicationArgs())) {
        readsBackWhatWasEntered(app, database);
      }
    }
  }

  private static void readsBackWhatWasEntered(ConfigurableApplicationContext app, MySqlTestDatabase database)
      throws Exception {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    addClerk(engine.getIdentityService(), "zhangwei");
    addClerk(engine.getIdentityService(), "lina");
    TestRestTemplate rest = new TestRestTemplate(new RestTemplateBuilder()
        .rootUri("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")));
    TasklistClient clerk = new TasklistClient(rest, "zhangwei", CLERK_PASSWORD);
    TasklistClient colleague = new TasklistClient(rest, "lina", CLERK_PASSWORD);
    TasklistClient admin = new TasklistClient(rest, "ciadmin", MySqlTestDatabase.ADMIN_PASSWORD);

    ResponseEntity<String> started = clerk.submitStartForm("complaint-handling", Map.of(
        "complainantName", NAME, "unit", "5栋2单元701", "phone", "13900001111", "channel", "phone",
        "category", "noise", "severity", "normal", "description", DESCRIPTION, "replyWanted", true));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String instanceId = TasklistClient.json(started).get("id").asText();
    String complaintNo = TasklistClient.json(started).get("businessKey").asText();

    assertThat(admin.get("/engine-rest/process-instance/" + instanceId + "/variables/complainantName")
        .get("value").asText()).isEqualTo(NAME);
    assertThat(admin.get("/engine-rest/process-instance/" + instanceId + "/variables/description")
        .get("value").asText()).isEqualTo(DESCRIPTION);

    ResponseEntity<String> handled = colleague.claimAndSubmit(instanceId, "handleComplaint", "lina",
        Map.of("cause", "装修超时🕛", "actions", "上门劝导", "result", RESULT));
    assertThat(handled.getStatusCode()).as(handled.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> row = app.getBean(ComplaintRegister.class).find(complaintNo);
    assertThat(row.get("COMPLAINANT_NAME")).isEqualTo(NAME);
    assertThat(row.get("DESCRIPTION")).isEqualTo(DESCRIPTION);
    assertThat((String) row.get("RESOLUTION")).contains("装修超时🕛").contains(RESULT);

    JsonNode history = admin.get("/engine-rest/history/variable-instance?processInstanceId=" + instanceId);
    assertThat(valueOf(history, "complainantName")).isEqualTo(NAME);
    assertThat(valueOf(history, "description")).isEqualTo(DESCRIPTION);
    assertThat(valueOf(history, "result")).isEqualTo(RESULT);
    JsonNode updates = admin.get("/engine-rest/history/detail?variableUpdates=true&processInstanceId=" + instanceId);
    assertThat(valueOf(updates, "complainantName")).isEqualTo(NAME);

    assertThat(tablesNotInUtf8mb4(database)).isEmpty();
    assertThat(app.getBean(Utf8mb4Tables.class).convert()).as("nothing left to convert").isEmpty();
    // The foreign keys dropped for the conversion are all back, and the note of them is gone.
    assertThat(count(database, "SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS "
        + "WHERE CONSTRAINT_SCHEMA = DATABASE()")).isEqualTo(camundaForeignKeys());
    assertThat(count(database, "SELECT COUNT(*) FROM information_schema.TABLES "
        + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'utf8mb4_foreign_keys_to_restore'")).isZero();
  }

  /** A table from an older release: old row format (767-byte index keys), legacy character set. */
  private static void addLegacyTable(MySqlTestDatabase database) throws Exception {
    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE legacy_note (title VARCHAR(255) NOT NULL, body VARCHAR(2000), INDEX legacy_note_title "
          + "(title)) ROW_FORMAT=COMPACT");
      s.execute("INSERT INTO legacy_note (title, body) VALUES ('note', 'kept')");
    }
  }

  private static int camundaForeignKeys() throws Exception {
    int keys = 0;
    for (org.springframework.core.io.Resource script : new PathMatchingResourcePatternResolver()
        .getResources("classpath*:org/camunda/bpm/engine/db/create/activiti.mysql.create.*.sql")) {
      for (String line : script.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!line.strip().startsWith("--") && line.toLowerCase().contains("foreign key")) {
          keys++;
        }
      }
    }
    return keys;
  }

  private static int count(MySqlTestDatabase database, String sql) throws Exception {
    try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void addClerk(IdentityService identity, String id) {
    User user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("客服");
    user.setPassword(CLERK_PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, "customer-service");
  }

  private static String valueOf(JsonNode entries, String variable) {
    for (JsonNode entry : entries) {
      if (variable.equals(entry.path("name").asText()) || variable.equals(entry.path("variableName").asText())) {
        return entry.get("value").asText();
      }
    }
    throw new AssertionError("no " + variable + " in " + entries);
  }

  private static List<String> tablesNotInUtf8mb4(MySqlTestDatabase database) throws Exception {
    List<String> tables = new ArrayList<>();
    try (Connection c = database.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT TABLE_NAME, TABLE_COLLATION FROM information_schema.TABLES "
            + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_COLLATION <> 'utf8mb4_bin'")) {
      while (rs.next()) {
        tables.add(rs.getString(1) + " " + rs.getString(2));
      }
    }
    return tables;
  }
}
