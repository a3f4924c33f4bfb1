package com.servicecentre.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ServiceCentreTest;
import com.servicecentre.common.EngineClock;
import java.time.LocalDate;
import java.util.List;
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
 * 报备 (seed 001 L24–25): a salesperson files the day's customers under their own login, with the inquiry date, and
 * reads back their own list; the filed list is what later decides whose customer it is.
 */
@ServiceCentreTest
class LeadFilingRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired LeadFilings filings;

  @BeforeEach
  void clean() {
    jdbc.update("DELETE FROM lead_filing");
  }

  @Test
  void aSalespersonFilesTheDaysListUnderTheirOwnLoginAndReadsOnlyTheirOwn() {
    LocalDate today = EngineClock.now().toLocalDate();
    ResponseEntity<Map> filed = post("wuhao", Map.of("customers", List.of(
        Map.of("customerName", "陈先生", "phone", "138 0000 0050", "contactedOn", today.toString(),
            "address", "锦绣花园3栋", "filedBy", "qianfeng"),
        Map.of("customerName", "李女士", "phone", "13800000051", "contactedOn", today.minusDays(1).toString()))));
    assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.OK);
    // The filer is the login, whatever the body says; the phone is kept without spaces, as leads are compared.
    assertThat(filed.getBody()).containsEntry("filedBy", "wuhao");
    assertThat(filings.of("13800000050", EngineClock.now(), "S01")).singleElement()
        .satisfies(f -> assertThat(f.filedBy()).isEqualTo("wuhao"));
    // filed in his shop: it gives no claim on the customer in another shop
    assertThat(filings.of("13800000050", EngineClock.now(), "S02")).isEmpty();

    ResponseEntity<List> mine = rest.withBasicAuth("wuhao", "demo").getForEntity("/api/lead-filings", List.class);
    assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(mine.getBody()).hasSize(2);
    assertThat(mine.getBody().toString()).contains("陈先生", "李女士");
    // Reading back is for the salesperson's own list only.
    assertThat(rest.withBasicAuth("zhouli", "demo").getForEntity("/api/lead-filings", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aListWithMistakesIsRefusedWholeInWordsNamingEachEntryAndField() {
    LocalDate today = EngineClock.now().toLocalDate();
    ResponseEntity<Map> refused = post("wuhao", Map.of("customers", List.of(
        Map.of("customerName", "陈先生", "phone", "13800000052", "contactedOn", today.toString()),
        Map.of("customerName", "", "phone", "abc", "contactedOn", today.minusDays(3).toString()),
        Map.of("customerName", "王先生", "phone", "13800000053", "contactedOn", "昨天"))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString())
        .contains("第2条 客户姓名(customerName): 必填")
        .contains("第2条 电话(phone): \"abc\" 不是电话号码")
        .contains("只能报当天或前一天接触的客户")
        .contains("第3条 咨询日期(contactedOn): \"昨天\" 不是日期")
        .doesNotContain("第1条");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_filing", Integer.class)).isZero();

    assertThat(post("wuhao", Map.of()).getBody().get("message").toString()).contains("报备清单(customers)为空");
    ResponseEntity<Map> accountManager = post("zhouli", Map.of("customers", List.of(
        Map.of("customerName", "陈先生", "phone", "13800000054", "contactedOn", today.toString()))));
    assertThat(accountManager.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(accountManager.getBody().get("message").toString()).contains("无权报备客户");
  }

  private ResponseEntity<Map> post(String user, Map<String, Object> body) {
    return rest.withBasicAuth(user, "demo").exchange("/api/lead-filings", HttpMethod.POST, new HttpEntity<>(body),
        Map.class);
  }
}
