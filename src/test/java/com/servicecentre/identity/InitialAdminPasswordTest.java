package com.servicecentre.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.servicecentre.OwnApplication;
import com.servicecentre.ServiceCentreApplication;
import com.servicecentre.database.MySqlTestDatabase;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The mysql (production) profile refuses to start with an empty or weak first-admin password, and the engine's
 * password policy refuses weak passwords for every new login.
 */
@OwnApplication
class InitialAdminPasswordTest {

  private static MySqlTestDatabase database;

  @BeforeAll
  static void createDatabase() {
    database = MySqlTestDatabase.create("");
  }

  @AfterAll
  static void dropDatabase() throws Exception {
    if (database != null) {
      database.close();
    }
  }

  @ParameterizedTest(name = "ADMIN_PASSWORD=\"{0}\"")
  @ValueSource(strings = {"", "admin", "admin12345", "Admin-2024"})
  void weakAdminPasswordStopsStartUpNamingTheSetting(String password) {
    assertThatThrownBy(() -> start(password).close()).rootCause()
        .hasMessageContaining("ADMIN_PASSWORD")
        // The password itself is not written to the log.
        .satisfies(e -> assertThat(password.length() < 6 || !e.getMessage().contains(password)).isTrue());
  }

  @Test
  void strongAdminPasswordStartsAndWeakPasswordsAreRefusedForNewLogins() {
    String strong = "Wq7!harbour-Lamp";
    try (ConfigurableApplicationContext app = start(strong)) {
      IdentityService identity = app.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.checkPassword("admin", strong)).isTrue();

      TestRestTemplate admin = new TestRestTemplate(new RestTemplateBuilder()
          .rootUri("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")))
          .withBasicAuth("admin", strong);
      ResponseEntity<String> weak = admin.postForEntity("/engine-rest/user/create", newUser("clerk1", "demo"),
          String.class);
      assertThat(weak.getStatusCode().is2xxSuccessful()).as(weak.toString()).isFalse();
      assertThat(identity.createUserQuery().userId("clerk1").count()).isZero();

      ResponseEntity<String> good = admin.postForEntity("/engine-rest/user/create",
          newUser("clerk2", "Counter-Desk-42"), String.class);
      assertThat(good.getStatusCode()).as(good.toString()).isEqualTo(HttpStatus.NO_CONTENT);
    }
  }

  private static Map<String, Object> newUser(String id, String password) {
    return Map.of("profile", Map.of("id", id, "firstName", "晓", "lastName", "王"),
        "credentials", Map.of("password", password));
  }

  /** The mysql profile as an operator runs it: the admin from ADMIN_USER and ADMIN_PASSWORD. */
  private static ConfigurableApplicationContext start(String adminPassword) {
    return SpringApplication.run(ServiceCentreApplication.class, "--spring.profiles.active=mysql",
        "--server.port=0", "--DB_URL=" + database.url(), "--DB_USER=" + MySqlTestDatabase.USER,
        "--DB_PASSWORD=" + MySqlTestDatabase.PASSWORD, "--ADMIN_USER=admin", "--ADMIN_PASSWORD=" + adminPassword);
  }
}
