package com.servicecentre.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ServiceCentreTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The top signer (签单状元) is named by the design manager in the running application, not written into a table:
 * a quarter's top signer counts in that quarter, a year's in the whole next year; nobody else may name one.
 */
@ServiceCentreTest
class TopSignerRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired TopSigners topSigners;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void clean() {
    jdbc.update("DELETE FROM top_signer");
  }

  @Test
  void theDesignManagerNamesTheTopSignerOfAQuarterAndOfAYear() {
    ResponseEntity<Map> quarter = put("xuting", "/quarter/2026-Q3", Map.of("designer", "zhuyan"));
    assertThat(quarter.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(quarter.getBody()).containsEntry("validFrom", "2026-07-01").containsEntry("validTo", "2026-09-30")
        .containsEntry("designatedBy", "xuting");
    assertThat(topSigners.isTopSigner("zhuyan", LocalDate.of(2026, 9, 30))).isTrue();
    assertThat(topSigners.isTopSigner("zhuyan", LocalDate.of(2026, 10, 1))).isFalse();

    ResponseEntity<Map> year = put("xuting", "/year/2026", Map.of("designer", "majing"));
    assertThat(year.getBody()).containsEntry("validFrom", "2027-01-01").containsEntry("validTo", "2027-12-31");
    assertThat(topSigners.isTopSigner("majing", LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(topSigners.isTopSigner("majing", LocalDate.of(2027, 5, 1))).isTrue();

    // Naming another top signer for the same quarter replaces the first.
    put("xuting", "/quarter/2026-Q3", Map.of("designer", "hulin"));
    assertThat(topSigners.isTopSigner("zhuyan", LocalDate.of(2026, 8, 1))).isFalse();
    assertThat(topSigners.isTopSigner("hulin", LocalDate.of(2026, 8, 1))).isTrue();

    ResponseEntity<String> list = rest.withBasicAuth("zhouli", "demo").getForEntity("/api/top-signers", String.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).contains("hulin", "majing").doesNotContain("zhuyan");

    ResponseEntity<Map> withdrawn = rest.withBasicAuth("xuting", "demo")
        .exchange("/api/top-signers/quarter/2026-Q3", HttpMethod.DELETE, null, Map.class);
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(topSigners.isTopSigner("hulin", LocalDate.of(2026, 8, 1))).isFalse();
  }

  @Test
  void othersMayNotNameOneAndBadInputIsRefusedInWordsChangingNothing() {
    ResponseEntity<Map> accountManager = put("zhouli", "/quarter/2026-Q3", Map.of("designer", "zhuyan"));
    assertThat(accountManager.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(accountManager.getBody().toString()).contains("无权指定签单状元");
    ResponseEntity<Map> designer = put("zhuyan", "/quarter/2026-Q3", Map.of("designer", "zhuyan"));
    assertThat(designer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("zhangwei", "demo").getForEntity("/api/top-signers", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(put("xuting", "/quarter/2026-Q5", Map.of("designer", "zhuyan")).getBody().toString())
        .contains("2026-Q3 这样的年份和季度");
    assertThat(put("xuting", "/month/2026-07", Map.of("designer", "zhuyan")).getBody().toString())
        .contains("称号应为 quarter");
    ResponseEntity<Map> notADesigner = put("xuting", "/year/2026", Map.of("designer", "zhangwei"));
    assertThat(notADesigner.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notADesigner.getBody().toString()).contains("不是设计师");
    assertThat(put("xuting", "/year/2026", Map.of()).getBody().toString()).contains("请填写设计师");
    assertThat(topSigners.all()).isEmpty();
  }

  private ResponseEntity<Map> put(String user, String path, Map<String, Object> body) {
    return rest.withBasicAuth(user, "demo").exchange("/api/top-signers" + path, HttpMethod.PUT,
        new HttpEntity<>(body), Map.class);
  }
}
