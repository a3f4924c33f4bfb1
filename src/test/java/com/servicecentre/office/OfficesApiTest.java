package com.servicecentre.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The offices as data (issue 14): loaded from offices/offices.yml as tenants with their units, read by the people
 * who work there, changed by administrators only, with a Chinese sentence naming a wrong field.
 */
@ServiceCentreTest
class OfficesApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;

  @Test
  void theDemoShipsTwoPropertyOfficesAndAShopEachATenantWithItsStaff() {
    JsonNode all = admin().get("/api/offices");
    assertThat(all.findValuesAsText("code")).containsExactly("A01", "A02", "S01");
    assertThat(all.findValuesAsText("kindName")).containsExactly("管理处", "管理处", "店面");
    assertThat(identity.createTenantQuery().tenantId("A02").singleResult().getName()).isEqualTo("锦绣苑管理处");
    assertThat(identity.createUserQuery().memberOfTenant("A02").memberOfGroup("maintenance").list())
        .extracting(u -> u.getId()).containsExactly("lijun");
    assertThat(identity.createUserQuery().memberOfTenant("S01").memberOfGroup("designer").count()).isPositive();
    // a clerk reads her own office, with the units it manages, and nothing of the others
    JsonNode mine = new TasklistClient(rest, "sunyue", "demo").get("/api/offices");
    assertThat(mine.findValuesAsText("code")).containsExactly("A02");
    assertThat(mine.get(0).path("units").findValuesAsText("unit")).contains("1001");
    assertThat(new TasklistClient(rest, "sunyue", "demo").send(HttpMethod.GET, "/api/offices/A01", null)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void onlyAnAdministratorChangesAnOfficeAndTheTenantNameFollows() {
    ResponseEntity<String> refused = new TasklistClient(rest, "huangjun", "demo").send(HttpMethod.PUT,
        "/api/offices/A01", "{\"phone\":\"0755-26889999\"}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> wrong = admin().send(HttpMethod.PUT, "/api/offices/A02",
        "{\"phone\":\"call us\",\"calendar\":\"no-such-calendar\"}");
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(TasklistClient.json(wrong).path("message").asText()).contains("phone(电话)", "calendar(工作日历)");

    ResponseEntity<String> changed = admin().send(HttpMethod.PUT, "/api/offices/A02",
        "{\"name\":\"锦绣苑物业管理处\",\"phone\":\"0755-83669999\"}");
    assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.OK);
    try {
      assertThat(TasklistClient.json(changed).path("address").asText()).contains("锦绣路");
      assertThat(identity.createTenantQuery().tenantId("A02").singleResult().getName()).isEqualTo("锦绣苑物业管理处");
    } finally {
      admin().send(HttpMethod.PUT, "/api/offices/A02", "{\"name\":\"锦绣苑管理处\",\"phone\":\"0755-83660002\"}");
    }
  }

  @Test
  void anAdministratorAddsAndRemovesAUnit() {
    String unit = "{\"estate\":\"锦绣苑\",\"building\":\"C座\",\"unit\":\"0301\"}";
    assertThat(admin().send(HttpMethod.POST, "/api/offices/A02/units", unit).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(admin().send(HttpMethod.POST, "/api/offices/A02/units", unit).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(admin().get("/api/offices/A02").path("units").findValuesAsText("building")).contains("C座");
    assertThat(admin().send(HttpMethod.DELETE, "/api/offices/A02/units", unit).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(admin().get("/api/offices/A02").path("units").findValuesAsText("building")).doesNotContain("C座");
    ResponseEntity<String> empty = admin().send(HttpMethod.POST, "/api/offices/A02/units", "{\"estate\":\"锦绣苑\"}");
    assertThat(TasklistClient.json(empty).path("message").asText()).contains("building(楼栋)", "unit(房号)");
  }

  private TasklistClient admin() {
    return new TasklistClient(rest, "demo", "demo");
  }
}
