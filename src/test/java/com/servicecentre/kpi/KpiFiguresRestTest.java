package com.servicecentre.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.servicecentre.ServiceCentreTest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
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
 * Each figure of the catalogue on a small history worked out by hand (KpiHistory), as GET /api/kpi answers it:
 * totals, breakdowns, empty periods, the cases behind a figure, CSV, targets, and who may read what.
 */
@ServiceCentreTest
class KpiFiguresRestTest {

  static final String MARCH = "from=2031-03-01&to=2031-03-31";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired KpiReports reports;
  KpiHistory history;

  @BeforeEach
  void writeHistory() {
    history = new KpiHistory(jdbc);
    history.clear();
    history.complaints().repairs().moveOuts().leads();
    jdbc.update("DELETE FROM kpi_target");
  }

  @AfterEach
  void removeHistory() {
    history.clear();
    jdbc.update("DELETE FROM kpi_target");
    jdbc.update("DELETE FROM kpi_report WHERE period_start >= '2031-01-01'");
  }

  @Test
  void complaintFigures() {
    Map<String, Map<String, Object>> total = byKpi(figures("huangjun", MARCH));
    // C1–C4 were accepted (C5 only registered), C1–C3 have a resolution.
    assertFigure(total, "complaint-accepted", 4, 5, 80.0, false);
    assertFigure(total, "complaint-handled", 3, 5, 60.0, false);
    // C3 was answered after its limit.
    assertFigure(total, "complaint-replied-on-time", 2, 3, 66.67, false);
    // C3 had a step done late; C1 (settled at intake) had no step.
    assertFigure(total, "complaint-closed-on-time", 2, 3, 66.67, false);
    assertFigure(total, "complaint-first-contact", 1, 5, 20.0, false);
    // Only C2 and C3 asked for a return visit; both had it.
    assertFigure(total, "complaint-visited", 2, 2, 100.0, true);
    // C2 one satisfied visit; C3 one dissatisfied (it was reopened), then a satisfied one.
    assertFigure(total, "complaint-satisfied", 2, 3, 66.67, false);
    assertFigure(total, "complaint-reopened", 1, 3, 33.33, false);
  }

  @Test
  void repairMoveOutAndLeadFigures() {
    Map<String, Map<String, Object>> total = byKpi(figures("demo", MARCH));
    assertFigure(total, "repair-arrived-on-time", 2, 3, 66.67, false);
    assertFigure(total, "repair-completed-on-time", 1, 2, 50.0, false);
    assertFigure(total, "repair-first-time-fix", 1, 2, 50.0, false);
    assertFigure(total, "repair-reworked", 1, 2, 50.0, false);
    assertFigure(total, "repair-visited", 1, 2, 50.0, false);
    assertFigure(total, "repair-satisfied", 2, 3, 66.67, false);
    assertFigure(total, "repair-charge-confirmed", 1, 2, 50.0, false);
    // (5 + 10 working hours) / 2 closed applications; 4 of 5 approvals were 同意.
    assertFigure(total, "moveout-duration", 15, 2, 7.5, true);
    assertFigure(total, "moveout-approved", 4, 5, 80.0, false);
    // L2's forced dispatch was late; the merged L5 counts nowhere.
    assertFigure(total, "lead-dispatched-in-time", 3, 4, 75.0, false);
    assertFigure(total, "lead-signed-small", 1, 2, 50.0, true);
    assertFigure(total, "lead-signed-large", 1, 1, 100.0, true);
    assertFigure(total, "lead-invalid", 1, 5, 20.0, false);
    assertFigure(total, "lead-lost", 1, 4, 25.0, true);
    assertThat(total.get("lead-lost").get("reasons")).isEqualTo(Map.of("竞争对手", 1));
    assertThat(total.get("lead-invalid").get("reasons")).isEqualTo(Map.of("无装修计划", 1));
    // No medium order came to an end: no value, and no verdict on the target.
    assertThat(total.get("lead-signed-medium")).containsEntry("denominator", 0.0).containsEntry("value", null)
        .containsEntry("met", null);
  }

  @Test
  void anEmptyPeriodHasItsRowWithoutAValue() {
    List<Map<String, Object>> months = figures("huangjun", "from=2031-02-01&to=2031-03-31&groupBy=month");
    List<Map<String, Object>> satisfied = months.stream().filter(f -> "complaint-satisfied".equals(f.get("kpi")))
        .toList();
    assertThat(satisfied).extracting(f -> f.get("group")).containsExactly("2031-02", "2031-03");
    assertThat(satisfied.get(0)).containsEntry("groupLabel", "2031年2月").containsEntry("denominator", 0.0)
        .containsEntry("value", null).containsEntry("met", null);
    assertThat((Double) satisfied.get(1).get("value")).isCloseTo(66.67, within(0.01));
  }

  @Test
  void figuresPerDepartmentAndPerson() {
    List<Map<String, Object>> departments = figures("huangjun", MARCH + "&groupBy=department");
    Map<String, Object> maintenance = find(departments, "complaint-handled", "maintenance");
    assertThat(maintenance).containsEntry("groupLabel", "工程维修部").containsEntry("numerator", 1.0)
        .containsEntry("denominator", 1.0);
    // C1, C3, C4 (proposed, not yet decided) and C5 answer to customer service.
    assertThat(find(departments, "complaint-handled", "customer-service")).containsEntry("groupLabel", "客服中心")
        .containsEntry("numerator", 2.0).containsEntry("denominator", 4.0);
    // Taking complaints in is customer service's work, whichever department handles them afterwards: maintenance
    // is not judged on C2's first contact.
    assertThat(find(departments, "complaint-first-contact", "customer-service")).containsEntry("numerator", 1.0)
        .containsEntry("denominator", 5.0);
    assertThat(find(departments, "complaint-first-contact", "maintenance")).containsEntry("denominator", 0.0)
        .containsEntry("value", null);
    // Likewise a lead's screening and timely dispatch are sales' (市场部), not the designers'.
    List<Map<String, Object>> shop = figures("demo", MARCH + "&groupBy=department&office=S01");
    assertThat(find(shop, "lead-dispatched-in-time", "marketing")).containsEntry("numerator", 3.0)
        .containsEntry("denominator", 4.0);
    assertThat(find(shop, "lead-dispatched-in-time", "design")).containsEntry("denominator", 0.0);
    assertThat(find(shop, "lead-invalid", "marketing")).containsEntry("denominator", 5.0);

    List<Map<String, Object>> people = figures("demo", MARCH + "&groupBy=person");
    assertThat(find(people, "repair-arrived-on-time", "liuqiang")).containsEntry("groupLabel", "刘强")
        .containsEntry("numerator", 2.0).containsEntry("denominator", 2.0);
    assertThat(find(people, "repair-arrived-on-time", "chenjie")).containsEntry("numerator", 0.0);
  }

  @Test
  void theCasesBehindAFigureComeNumeratorFirst() {
    ResponseEntity<Map> answer = rest.withBasicAuth("huangjun", "demo")
        .getForEntity("/api/kpi/cases?kpi=complaint-reopened&" + MARCH, Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> cases = (List<Map<String, Object>>) answer.getBody().get("cases");
    assertThat(cases).extracting(c -> c.get("caseNo")).containsExactly("KPI-C3", "KPI-C1", "KPI-C2");
    assertThat(cases.get(0)).containsEntry("numerator", 1.0).containsEntry("personName", "李娜");

    // One group of a breakdown: the maintenance department's handled complaints.
    Map body = rest.withBasicAuth("huangjun", "demo").getForObject(
        "/api/kpi/cases?kpi=complaint-handled&groupBy=department&group=maintenance&" + MARCH, Map.class);
    assertThat((List<Map<String, Object>>) body.get("cases")).extracting(c -> c.get("caseNo"))
        .containsExactly("KPI-C2");
  }

  @Test
  void csvForExcel() {
    ResponseEntity<String> csv = rest.withBasicAuth("huangjun", "demo")
        .getForEntity("/api/kpi?format=csv&" + MARCH, String.class);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("kpi-2031-03-01-2031-03-31.csv");
    assertThat(csv.getBody()).startsWith("\uFEFF指标代码,指标,分组")
        .contains("complaint-reopened,投诉重开率,total,合计,1,3,33.33,%,5,否")
        .contains("lead-signed-medium,签单率（中单·主任设计师）,total,合计,0,0,—,%,35,—");
  }

  @Test
  void aClerkReadsOnlyHisOwnFigures() {
    ResponseEntity<Map> other = rest.withBasicAuth("zhangwei", "demo")
        .getForEntity("/api/kpi?department=maintenance&" + MARCH, Map.class);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(other.getBody().get("message").toString()).contains("maintenance").contains("本人");
    ResponseEntity<Map> colleague = rest.withBasicAuth("zhangwei", "demo")
        .getForEntity("/api/kpi?person=lina&" + MARCH, Map.class);
    assertThat(colleague.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // Asked for nothing in particular, zhangwei gets his own: he took all five complaints and settled C1 at once.
    Map<String, Map<String, Object>> own = byKpi(figures("zhangwei", MARCH));
    assertFigure(own, "complaint-first-contact", 1, 5, 20.0, false);
    assertThat(own.get("repair-arrived-on-time")).containsEntry("denominator", 0.0);
    ResponseEntity<Map> cases = rest.withBasicAuth("zhangwei", "demo")
        .getForEntity("/api/kpi/cases?kpi=complaint-reopened&" + MARCH, Map.class);
    assertThat((List<Map<String, Object>>) cases.getBody().get("cases")).extracting(c -> c.get("caseNo"))
        .containsExactly("KPI-C1");
  }

  @Test
  void aHeadReadsHisDepartmentsAndAnOfficeManagerOnlyHisOffice() {
    assertThat(rest.withBasicAuth("yangming", "demo").getForEntity("/api/kpi?department=customer-service&" + MARCH,
        Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Map<String, Map<String, Object>> maintenance = byKpi(figures("yangming", MARCH));
    assertFigure(maintenance, "repair-arrived-on-time", 2, 3, 66.67, false);
    assertFigure(maintenance, "complaint-handled", 1, 1, 100.0, true);

    // 锦绣苑's office manager sees none of 翠湖花园's cases, and may not ask for them.
    Map<String, Map<String, Object>> otherOffice = byKpi(figures("xiaohong", MARCH));
    assertThat(otherOffice.get("complaint-handled")).containsEntry("denominator", 0.0);
    assertThat(rest.withBasicAuth("xiaohong", "demo").getForEntity("/api/kpi?office=A01&" + MARCH, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anOfficeManagerChangesHisOfficesTargetAndTheVerdictFollows() {
    assertThat(byKpi(figures("huangjun", MARCH)).get("complaint-reopened")).containsEntry("met", false);
    ResponseEntity<Map> refused = rest.withBasicAuth("zhangwei", "demo").exchange("/api/kpi/targets/complaint-reopened",
        HttpMethod.PUT, new HttpEntity<>(Map.of("target", 40)), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> bad = rest.withBasicAuth("huangjun", "demo").exchange("/api/kpi/targets/complaint-reopened",
        HttpMethod.PUT, new HttpEntity<>(Map.of("target", "很多")), Map.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().get("message").toString()).contains("目标值 (target)");
    assertThat(rest.withBasicAuth("xiaohong", "demo").exchange("/api/kpi/targets/complaint-reopened?office=A01",
        HttpMethod.PUT, new HttpEntity<>(Map.of("target", 40)), Map.class).getStatusCode())
        .as("another office's manager").isEqualTo(HttpStatus.FORBIDDEN);

    // huangjun works in 翠湖花园 only: the target is his office's.
    ResponseEntity<Map> changed = rest.withBasicAuth("huangjun", "demo").exchange(
        "/api/kpi/targets/complaint-reopened", HttpMethod.PUT, new HttpEntity<>(Map.of("target", 40)), Map.class);
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> reopened = byKpi(figures("huangjun", MARCH)).get("complaint-reopened");
    assertThat(reopened).containsEntry("target", 40.0).containsEntry("met", true);
    // 锦绣苑 keeps the company's target, and so does a view over every office.
    List<Map<String, Object>> otherOffice = rest.withBasicAuth("xiaohong", "demo")
        .getForObject("/api/kpi/catalogue", List.class);
    assertThat(otherOffice).filteredOn(k -> "complaint-reopened".equals(k.get("code"))).singleElement()
        .satisfies(k -> assertThat(k).containsEntry("target", 5));
    assertThat(byKpi(figures("demo", MARCH)).get("complaint-reopened")).containsEntry("target", 5)
        .containsEntry("met", false);
    assertThat(byKpi(figures("demo", MARCH + "&office=A01")).get("complaint-reopened")).containsEntry("met", true);
  }

  @Test
  void designerLoadIsTheOrdersInHandAgainstTheCapTodayAndNoneInThePast() {
    history.leadInHandToday("KPI-L9", "zhuyan");
    String today = "from=" + java.time.LocalDate.now(com.servicecentre.common.EngineClock.ZONE) + "&to="
        + java.time.LocalDate.now(com.servicecentre.common.EngineClock.ZONE);
    Map<String, Object> load = find(figures("xuting", today + "&groupBy=person"), "designer-load", "zhuyan");
    assertThat((Double) load.get("numerator")).isGreaterThanOrEqualTo(1.0);
    assertThat((Double) load.get("denominator")).as("zhuyan's cap on orders in hand").isPositive();
    assertThat((Double) load.get("value")).isCloseTo(
        100 * (Double) load.get("numerator") / (Double) load.get("denominator"), within(0.01));
    Map body = rest.withBasicAuth("xuting", "demo").getForObject(
        "/api/kpi/cases?kpi=designer-load&groupBy=person&group=zhuyan&" + today, Map.class);
    assertThat((List<Map<String, Object>>) body.get("cases")).extracting(c -> c.get("caseNo")).contains("KPI-L9");
    // A past period has no snapshot of the load.
    assertThat(byKpi(figures("xuting", "from=2020-03-01&to=2020-03-31")).get("designer-load"))
        .containsEntry("value", null);
  }

  @Test
  void theMonthlyAssessmentIsReadByManagersAndHeadsAndReRunOnlyByTheOfficeManager() {
    reports.produce(KpiReportKind.MONTHLY, java.time.LocalDate.of(2031, 3, 1), "A01");
    String march = "/api/kpi/reports?kind=monthly&from=2031-03-01&to=2031-03-01";

    ResponseEntity<List> all = rest.withBasicAuth("huangjun", "demo").getForEntity(march, List.class);
    assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> rows = all.getBody();
    Map<String, Object> office = rows.stream().filter(r -> "*".equals(r.get("department"))).findFirst().orElseThrow();
    assertThat(office).containsEntry("kindLabel", "月考核").containsEntry("office", "A01");
    assertThat(office.get("content").toString()).contains("customer-service");
    // A head reads his own department's assessment only.
    List<Map<String, Object>> head = rest.withBasicAuth("yangming", "demo").getForObject(march, List.class);
    assertThat(head).isNotEmpty().allSatisfy(r -> assertThat(r).containsEntry("department", "maintenance"));
    assertThat(rest.withBasicAuth("yangming", "demo").getForEntity(march + "&department=customer-service", Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("zhangwei", "demo").getForEntity(march, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    String rerun = "/api/kpi/reports/monthly/2031-03-01/rerun?office=A01";
    assertThat(rest.withBasicAuth("wangfang", "demo").postForEntity(rerun, null, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    String thisMonth = java.time.LocalDate.now(com.servicecentre.common.EngineClock.ZONE).withDayOfMonth(1).toString();
    ResponseEntity<Map> future = rest.withBasicAuth("huangjun", "demo")
        .postForEntity("/api/kpi/reports/monthly/" + thisMonth + "/rerun?office=A01", null, Map.class);
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(future.getBody().get("message").toString()).contains("periodStart").contains("已经过去");
    ResponseEntity<Map> badKind = rest.withBasicAuth("huangjun", "demo")
        .postForEntity("/api/kpi/reports/yearly/2026-01-01/rerun?office=A01", null, Map.class);
    assertThat(badKind.getBody().get("message").toString()).contains("报表类型 (kind)");
    assertThat(rest.withBasicAuth("xiaohong", "demo").postForEntity(rerun, null, Map.class).getStatusCode())
        .as("another office's manager").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void badParametersAreNamed() {
    assertThat(message("/api/kpi?from=2031-13-01")).contains("开始日期 (from)");
    assertThat(message("/api/kpi?from=2031-03-02&to=2031-03-01")).contains("结束日期 (to)");
    assertThat(message("/api/kpi?groupBy=hour")).contains("分组 (groupBy)");
    assertThat(message("/api/kpi?department=sales")).contains("部门 (department)");
    assertThat(message("/api/kpi/cases?kpi=happiness")).contains("指标 (kpi)");
  }

  private String message(String url) {
    ResponseEntity<Map> answer = rest.withBasicAuth("huangjun", "demo").getForEntity(url, Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return answer.getBody().get("message").toString();
  }

  private List<Map<String, Object>> figures(String user, String query) {
    ResponseEntity<Map> answer = rest.withBasicAuth(user, "demo").getForEntity("/api/kpi?" + query, Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) answer.getBody().get("figures");
  }

  private static Map<String, Map<String, Object>> byKpi(List<Map<String, Object>> figures) {
    return figures.stream().collect(java.util.stream.Collectors.toMap(f -> (String) f.get("kpi"), f -> f));
  }

  private static Map<String, Object> find(List<Map<String, Object>> figures, String kpi, String group) {
    return figures.stream().filter(f -> kpi.equals(f.get("kpi")) && Objects.equals(group, f.get("group")))
        .findFirst().orElseThrow(() -> new AssertionError("no figure " + kpi + " for " + group));
  }

  private static void assertFigure(Map<String, Map<String, Object>> figures, String kpi, double numerator,
      double denominator, double value, boolean met) {
    Map<String, Object> figure = figures.get(kpi);
    assertThat(figure).as(kpi).containsEntry("numerator", numerator).containsEntry("denominator", denominator)
        .containsEntry("met", met);
    assertThat((Double) figure.get("value")).as(kpi).isCloseTo(value, within(0.01));
  }
}
