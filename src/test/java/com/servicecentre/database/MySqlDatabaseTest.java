package com.servicecentre.database;

import static com.servicecentre.calendar.Calendars.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ApplicationStartupTest;
import com.servicecentre.OwnApplication;
import com.servicecentre.ServiceCentreApplication;
import com.servicecentre.TasklistClient;
import com.servicecentre.calendar.CalendarChangeLog;
import com.servicecentre.calendar.CalendarChanges;
import com.servicecentre.calendar.CalendarDay;
import com.servicecentre.calendar.CalendarLoader;
import com.servicecentre.calendar.Calendars;
import com.servicecentre.calendar.DayHours;
import com.servicecentre.calendar.WorkingCalendar;
import com.servicecentre.calendar.WorkingCalendars;
import com.servicecentre.complaint.ComplaintRegister;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.yaml.snakeyaml.Yaml;

/**
 * The application on a real MySQL-protocol server through mysql-connector-j, in the mysql (production) profile as
 * an operator runs it: DB_URL names an empty database and carries no driver options, ADMIN_USER and ADMIN_PASSWORD
 * give the first administrator. A start on MySQL takes 10–25 s, so the checks share three starts, in this order:
 * <ol>
 *   <li>two nodes started together on a fresh database created with the server's defaults;</li>
 *   <li>the working calendars' tables, loaded once by the two nodes, a manager's change seen by both;</li>
 *   <li>one node on a fresh latin1 database holding a table from an older release, while the first database and
 *       its Camunda schema are still on the server;</li>
 *   <li>starts with a weak first-admin password, which stop before the schema is touched.</li>
 * </ol>
 * Skipped when no server answers, unless REQUIRE_MYSQL=true (as .ci/run sets it), which turns that into a failure.
 */
@OwnApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class MySqlDatabaseTest {

  /** 生僻字 outside the Basic Multilingual Plane (𠮷) and emoji: four bytes each in UTF-8. */
  private static final String NAME = "𠮷野家";
  private static final String DESCRIPTION = "楼上夜间装修噪音😡，凌晨还在电钻🔨";
  private static final String RESULT = "已停止夜间施工👍";
  private static final String CLERK_PASSWORD = "Counter-Desk-42";

  /** Created with the server's default character set; stays on the server until every start below is done. */
  private MySqlTestDatabase fresh;

  @BeforeAll
  void createFreshDatabase() {
    fresh = MySqlTestDatabase.create("");
  }

  @AfterAll
  void dropFreshDatabase() throws Exception {
    if (fresh != null) {
      fresh.close();
    }
  }

  /**
   * Two nodes of a cluster started at the same moment on a fresh database (a first deployment, or both restarted
   * after a release): both come up, and the schema, the migrations, the deployment, the first admin, the staff
   * groups, their authorizations and the Tasklist filters exist once. Then the pair serves as the production
   * profile does: no demo login, the password policy on, 4-byte characters kept.
   */
  @Nested
  @Order(1)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class TwoNodesStartingTogetherOnAFreshDatabase {

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private ExecutorService threads;

    /**
     * Node 1 keeps Camunda's default engine name, which the REST API serves; node 2 needs a name of its own, as
     * Camunda keeps engines in a JVM-wide registry. Spring Boot sets up the JVM's one logging system at each
     * start, and two set-ups at once can fail (ConcurrentModificationException in logback): node 2 begins the
     * moment node 1's is done, a fraction of a second in, long before either touches the database.
     */
    @BeforeAll
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void startBothAtOnce() throws Exception {
      CountDownLatch loggingSetUp = new CountDownLatch(1);
      ApplicationListener<ApplicationEvent> afterLoggingSetUp = event -> {
        if (event instanceof ApplicationEnvironmentPreparedEvent) {
          loggingSetUp.countDown();
        }
      };
      threads = Executors.newFixedThreadPool(2);
      List<Future<ConfigurableApplicationContext>> runs = List.of(
          threads.submit(() -> {
            try {
              SpringApplication node1 = new SpringApplication(ServiceCentreApplication.class);
              node1.addListeners(afterLoggingSetUp);
              return node1.run(fresh.applicationArgs());
            } finally {
              loggingSetUp.countDown();
            }
          }),
          threads.submit(() -> {
            loggingSetUp.await();
            return SpringApplication.run(ServiceCentreApplication.class,
                fresh.applicationArgs("--camunda.bpm.process-engine-name=node2"));
          }));
      List<String> failures = new ArrayList<>();
      for (Future<ConfigurableApplicationContext> run : runs) {
        try {
          nodes.add(run.get(8, TimeUnit.MINUTES));
        } catch (ExecutionException e) {
          failures.add(rootMessage(e.getCause()));
        }
      }
      assertThat(failures).as("start-up failures").isEmpty();
    }

    @AfterAll
    void stopBoth() {
      nodes.forEach(ConfigurableApplicationContext::close);
      if (threads != null) {
        threads.shutdownNow();
      }
    }

    @Test
    @Order(1)
    void bothNodesRunOnMySqlAndDeployEveryModel() throws Exception {
      assertThat(nodes).hasSize(2);
      for (ConfigurableApplicationContext node : nodes) {
        ProcessEngine engine = node.getBean(ProcessEngine.class);
        assertThat(engine.getProcessEngineConfiguration().getDatabaseType()).isEqualTo("mysql");
        ApplicationStartupTest.assertEveryModelDeployed(engine);
      }
    }

    /** Before any test adds a login. */
    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void migrationsModelsFirstAdminStaffGroupsAuthorizationsAndFiltersExistOnce() throws Exception {
      Map<String, Object> staff;
      try (InputStream in = MySqlDatabaseTest.class.getResourceAsStream("/staff/staff.yml")) {
        staff = new Yaml().load(in);
      }
      int groups = ((List<Object>) staff.get("groups")).size();
      int filters = ((List<Object>) staff.get("filters")).size();
      assertThat(fresh.rows("SELECT ID_ FROM ACT_ID_GROUP WHERE ID_ <> 'camunda-admin'")).hasSize(groups);
      assertThat(fresh.rows("SELECT NAME_ FROM ACT_RU_FILTER")).hasSize(filters).doesNotHaveDuplicates();
      assertThat(fresh.rows("SELECT CONCAT(TYPE_, ' ', GROUP_ID_, ' ', RESOURCE_TYPE_, ' ', RESOURCE_ID_) "
          + "FROM ACT_RU_AUTHORIZATION WHERE GROUP_ID_ IS NOT NULL")).doesNotHaveDuplicates();
      // Every filter grant points at a filter that exists.
      assertThat(fresh.rows("SELECT a.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION a LEFT JOIN ACT_RU_FILTER f "
          + "ON f.ID_ = a.RESOURCE_ID_ WHERE a.RESOURCE_TYPE_ = 5 AND a.RESOURCE_ID_ <> '*' AND f.ID_ IS NULL"))
          .isEmpty();
      assertThat(fresh.rows("SELECT ID_ FROM ACT_ID_USER")).containsExactly(MySqlTestDatabase.ADMIN);
      assertThat(fresh.rows("SELECT KEY_ FROM ACT_RE_PROCDEF")).doesNotHaveDuplicates();
      assertThat(fresh.rows("SELECT KEY_ FROM ACT_RE_DECISION_DEF")).doesNotHaveDuplicates();
      assertThat(fresh.rows("SELECT version FROM flyway_schema_history")).doesNotHaveDuplicates();
    }

    @Test
    @Order(3)
    void noDemoLoginIsCreatedAndTheFirstAdminLogsIn() {
      for (ConfigurableApplicationContext node : nodes) {
        IdentityService identity = node.getBean(ProcessEngine.class).getIdentityService();
        assertThat(identity.createUserQuery().userId("demo").count()).isZero();
        assertThat(identity.checkPassword(MySqlTestDatabase.ADMIN, MySqlTestDatabase.ADMIN_PASSWORD)).isTrue();
      }
    }

    @Test
    @Order(4)
    void newLoginWithAWeakPasswordIsRefusedOverRestAndAStrongOneAccepted() {
      ConfigurableApplicationContext node = nodes.get(0);
      TestRestTemplate admin = restOf(node).withBasicAuth(MySqlTestDatabase.ADMIN, MySqlTestDatabase.ADMIN_PASSWORD);
      ResponseEntity<String> weak = admin.postForEntity("/engine-rest/user/create", newUser("clerk1", "demo"),
          String.class);
      assertThat(weak.getStatusCode().is2xxSuccessful()).as(weak.toString()).isFalse();
      assertThat(node.getBean(ProcessEngine.class).getIdentityService().createUserQuery().userId("clerk1").count())
          .isZero();

      ResponseEntity<String> strong = admin.postForEntity("/engine-rest/user/create",
          newUser("clerk2", CLERK_PASSWORD), String.class);
      assertThat(strong.getStatusCode()).as(strong.toString()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    @Order(5)
    void complaintWithRareCharactersAndEmojiIsStoredAndReadBackUnchanged() throws Exception {
      readsBackWhatWasEntered(nodes.get(0), fresh);
    }

    /**
     * The working calendars (V5__working_calendars.sql on MySQL): loaded once though two nodes started together;
     * a manager's change on one node applies on the other without a restart, and loading the calendars again (as
     * every start-up does) keeps it.
     */
    @Test
    @Order(6)
    void calendarsAreLoadedOnceAndAManagersChangeHoldsOnEveryNodeAndAcrossStartUps() throws Exception {
      WorkingCalendars calendars = nodes.get(0).getBean(WorkingCalendars.class);
      assertThat(calendars.get("office-hours").days()).hasSize(Calendars.statutoryDays().size());
      assertThat(calendars.get("office-hours").plusWorkingHours(at("2026-02-13T17:00"), 2))
          .isEqualTo(at("2026-02-14T10:00"));
      assertThat(calendars.get("duty-24h").days()).isEmpty();

      CalendarChanges changes = nodes.get(0).getBean(CalendarChanges.class);
      changes.removeDay("ciadmin", "office-hours", LocalDate.parse("2026-02-28"));
      changes.addDay("ciadmin", "office-hours", new CalendarDay(LocalDate.parse("2026-12-24"), "𠮷祥日 🎄", true));
      changes.changeHours("ciadmin", "office-hours", Map.of(DayOfWeek.SATURDAY,
          DayHours.parse("09:00-12:00", "hours.SATURDAY", "周六工作时间")));
      nodes.forEach(node -> node.getBean(CalendarLoader.class).load());

      for (ConfigurableApplicationContext node : nodes) {
        WorkingCalendar office = node.getBean(WorkingCalendars.class).get("office-hours");
        assertThat(office.day(LocalDate.parse("2026-02-28"))).isEmpty();
        assertThat(office.day(LocalDate.parse("2026-12-24"))).get().extracting(CalendarDay::name)
            .isEqualTo("𠮷祥日 🎄");
        assertThat(office.week().get(DayOfWeek.SATURDAY)).hasToString("09:00-12:00");
      }
      assertThat(nodes.get(1).getBean(CalendarChangeLog.class).of("office-hours", 100))
          .extracting(CalendarChangeLog.Change::change)
          .containsExactly("change-hours", "add-day", "remove-day", "add-statutory-days", "add-calendar");
      assertThat(fresh.count("SELECT COUNT(*) FROM working_calendar")).isEqualTo(2);
      assertThat(fresh.count("SELECT COUNT(*) FROM statutory_day_loaded WHERE calendar_name = 'office-hours'"))
          .isEqualTo(Calendars.statutoryDays().size());
      assertThat(fresh.count("SELECT COUNT(*) FROM working_calendar_hours WHERE calendar_name = 'duty-24h'"))
          .isEqualTo(7);
    }
  }

  /**
   * A database created latin1 (as older servers default to), holding a table of an older release (old row format,
   * 767-byte index keys), on a server that already holds another service-centre database: the application creates
   * its own schema in the database DB_URL names, and every table stores 4-byte UTF-8.
   */
  @Nested
  @Order(2)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Latin1DatabaseWithAnOlderTableBesideAnotherCamundaSchema {

    private MySqlTestDatabase latin1;
    private ConfigurableApplicationContext app;

    @BeforeAll
    void start() throws Exception {
      assertThat(countCamundaTables(fresh)).as("Camunda's tables in the other database, " + fresh.name())
          .isEqualTo(1);
      latin1 = MySqlTestDatabase.create("CHARACTER SET latin1");
      try (Connection c = latin1.connect(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE legacy_note (title VARCHAR(255) NOT NULL, body VARCHAR(2000), "
            + "INDEX legacy_note_title (title)) ROW_FORMAT=COMPACT");
        s.execute("INSERT INTO legacy_note (title, body) VALUES ('note', 'kept')");
      }
      app = SpringApplication.run(ServiceCentreApplication.class, latin1.applicationArgs());
    }

    @AfterAll
    void stop() throws Exception {
      if (app != null) {
        app.close();
      }
      if (latin1 != null) {
        latin1.close();
      }
    }

    @Test
    void createsItsOwnSchemaAndDeploysEveryModel() throws Exception {
      ApplicationStartupTest.assertEveryModelDeployed(app.getBean(ProcessEngine.class));
      assertThat(countCamundaTables(latin1)).as("Camunda's tables in " + latin1.name()).isEqualTo(1);
    }

    @Test
    void complaintWithRareCharactersAndEmojiIsStoredAndReadBackUnchangedInTheLatin1Database() throws Exception {
      readsBackWhatWasEntered(app, latin1);
    }

    private static int countCamundaTables(MySqlTestDatabase database) throws Exception {
      return database.count("SELECT COUNT(*) FROM information_schema.TABLES "
          + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ACT_RU_EXECUTION'");
    }
  }

  /**
   * The production profile refuses to start with an empty first-admin password or one Camunda's password policy
   * refuses (too short, no capital, no special character, the login in it), naming the setting and not the
   * password, before it creates a single table.
   */
  @Nested
  @Order(3)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class WeakFirstAdminPassword {

    private MySqlTestDatabase empty;

    @BeforeAll
    void createEmptyDatabase() {
      empty = MySqlTestDatabase.create("");
    }

    @AfterAll
    void dropEmptyDatabase() throws Exception {
      if (empty != null) {
        empty.close();
      }
    }

    @ParameterizedTest(name = "ADMIN_PASSWORD=\"{0}\"")
    @ValueSource(strings = {"", "admin", "admin12345", "Admin-2024"})
    void stopsStartUpNamingTheSettingBeforeTheSchemaIsTouched(String password) throws Exception {
      assertThatThrownBy(() -> SpringApplication.run(ServiceCentreApplication.class,
          empty.applicationArgsWithAdmin("admin", password)).close()).rootCause()
          .hasMessageContaining("ADMIN_PASSWORD")
          // The password itself is not written to the log.
          .satisfies(e -> assertThat(password.length() < 6 || !e.getMessage().contains(password)).isTrue());
      assertThat(empty.rows("SHOW TABLES")).isEmpty();
    }
  }

  /**
   * A clerk registers a complaint with 4-byte characters through REST, a colleague handles it: the variables, the
   * complaint register and the history give them back unchanged, no table is left in another character set, and
   * a second conversion finds nothing to do.
   */
  private static void readsBackWhatWasEntered(ConfigurableApplicationContext app, MySqlTestDatabase database)
      throws Exception {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    addClerk(engine.getIdentityService(), "zhangwei");
    addClerk(engine.getIdentityService(), "lina");
    addClerk(engine.getIdentityService(), "wangfang", "cs-supervisor");
    TestRestTemplate rest = restOf(app);
    TasklistClient clerk = new TasklistClient(rest, "zhangwei", CLERK_PASSWORD);
    TasklistClient colleague = new TasklistClient(rest, "lina", CLERK_PASSWORD);
    TasklistClient supervisor = new TasklistClient(rest, "wangfang", CLERK_PASSWORD);
    TasklistClient admin = new TasklistClient(rest, MySqlTestDatabase.ADMIN, MySqlTestDatabase.ADMIN_PASSWORD);

    ResponseEntity<String> started = clerk.submitStartForm("complaint-handling", Map.of(
        "complainantName", NAME, "unit", "5栋2单元701", "phone", "13900001111", "channel", "phone",
        "category", "noise", "severity", "normal", "description", DESCRIPTION));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String instanceId = TasklistClient.json(started).get("id").asText();
    String complaintNo = TasklistClient.json(started).get("businessKey").asText();

    assertThat(admin.get("/engine-rest/process-instance/" + instanceId + "/variables/complainantName")
        .get("value").asText()).isEqualTo(NAME);
    assertThat(admin.get("/engine-rest/process-instance/" + instanceId + "/variables/description")
        .get("value").asText()).isEqualTo(DESCRIPTION);

    // Tasklist's lists on MySQL (authorizations checked per task, security/TaskQueryAuthorization): the clerks'
    // group list shows the new task; the supervisor, who may read every complaint task, sees it in every list too
    String group = "/engine-rest/task?candidateGroup=customer-service&sortBy=dueDate&sortOrder=asc&maxResults=15";
    assertThat(clerk.get(group).findValuesAsText("processInstanceId")).contains(instanceId);
    assertThat(colleague.get("/engine-rest/task/count?candidateGroup=customer-service").get("count").asInt())
        .isEqualTo(clerk.get(group.replace("maxResults=15", "maxResults=1000")).size()).isPositive();
    assertThat(supervisor.get("/engine-rest/task?sortBy=dueDate&sortOrder=asc").findValuesAsText("processInstanceId"))
        .contains(instanceId);

    // investigated the same day, the supervisor confirms the proposed department
    assertThat(clerk.claimAndSubmit(instanceId, "investigateComplaint", "zhangwei",
        Map.of("findings", "夜间装修属实", "suggestedFix", "上门劝导")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(supervisor.claimAndSubmit(instanceId, "decideDepartment", "wangfang",
        Map.of("responsibleGroup", "customer-service", "proposedFix", "上门劝导")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> handled = colleague.claimAndSubmit(instanceId, "handleComplaint", "lina",
        Map.of("cause", "装修超时🕛", "actions", "上门劝导", "result", RESULT));
    assertThat(handled.getStatusCode()).as(handled.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    // The key figures on MySQL (kpi/KpiRules' queries over the registers and step times): this month's handled
    // complaints of customer service count the new one, and it is among the cases behind the figure.
    JsonNode handledFigure = null;
    for (JsonNode figure : admin.get("/api/kpi?groupBy=department").get("figures")) {
      if ("complaint-handled".equals(figure.get("kpi").asText())
          && "customer-service".equals(figure.get("group").asText())) {
        handledFigure = figure;
      }
    }
    assertThat(handledFigure).as("complaint-handled of customer-service").isNotNull();
    assertThat(handledFigure.get("numerator").asDouble()).isPositive();
    assertThat(admin.get("/api/kpi/cases?kpi=complaint-handled").get("cases").findValuesAsText("caseNo"))
        .contains(complaintNo);

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

    assertThat(database.rows("SELECT CONCAT(TABLE_NAME, ' ', TABLE_COLLATION) FROM information_schema.TABLES "
        + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_COLLATION <> 'utf8mb4_bin'")).as("tables not in utf8mb4")
        .isEmpty();
    assertThat(app.getBean(Utf8mb4Tables.class).convert()).as("nothing left to convert").isEmpty();
    // The foreign keys dropped for the conversion are all back, and the note of them is gone.
    assertThat(database.count("SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS "
        + "WHERE CONSTRAINT_SCHEMA = DATABASE()")).isEqualTo(camundaForeignKeys());
    assertThat(database.count("SELECT COUNT(*) FROM information_schema.TABLES "
        + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'utf8mb4_foreign_keys_to_restore'")).isZero();
  }

  private static int camundaForeignKeys() throws Exception {
    int keys = 0;
    for (Resource script : new PathMatchingResourcePatternResolver()
        .getResources("classpath*:org/camunda/bpm/engine/db/create/activiti.mysql.create.*.sql")) {
      for (String line : script.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
        if (!line.strip().startsWith("--") && line.toLowerCase().contains("foreign key")) {
          keys++;
        }
      }
    }
    return keys;
  }

  private static TestRestTemplate restOf(ConfigurableApplicationContext app) {
    return new TestRestTemplate(new RestTemplateBuilder()
        .rootUri("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")));
  }

  private static void addClerk(IdentityService identity, String id) {
    addClerk(identity, id, "customer-service");
  }

  private static void addClerk(IdentityService identity, String id, String group) {
    User user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("客服");
    user.setPassword(CLERK_PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, group);
    identity.createTenantUserMembership("A01", id); // works in 翠湖花园管理处, where the cases start
  }

  private static Map<String, Object> newUser(String id, String password) {
    return Map.of("profile", Map.of("id", id, "firstName", "晓", "lastName", "王"),
        "credentials", Map.of("password", password));
  }

  private static String valueOf(JsonNode entries, String variable) {
    for (JsonNode entry : entries) {
      if (variable.equals(entry.path("name").asText()) || variable.equals(entry.path("variableName").asText())) {
        return entry.get("value").asText();
      }
    }
    throw new AssertionError("no " + variable + " in " + entries);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
