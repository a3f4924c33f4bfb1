package com.servicecentre.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.HeadlessChromium;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.audit.AuditedComplaint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The KPI page in a real browser (Debian's headless Chromium): an office manager reads the figures, sees the
 * charts with their target lines and the misses in red, opens the cases behind a figure and downloads the CSV; an
 * auditor follows a case to its audit trail; a clerk is offered only his own figures.
 */
@ServiceCentreTest
class KpiPageBrowserTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;
  @Autowired KpiReports reports;
  @TempDir Path profile;
  @TempDir Path downloads;
  KpiHistory history;
  WebDriver browser;

  @BeforeEach
  void openBrowser() {
    history = new KpiHistory(jdbc);
    history.clear();
    history.complaints().repairs().moveOuts().leads();
    jdbc.update("DELETE FROM kpi_target");
    browser = HeadlessChromium.start(profile, "zh-CN", downloads);
  }

  @AfterEach
  void closeBrowser() {
    history.clear();
    jdbc.update("DELETE FROM kpi_report WHERE period_start >= '2031-01-01'");
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anOfficeManagerReadsTheFiguresChartsAndTheCasesBehindAFigure() throws Exception {
    logIn("huangjun");
    period("2031-02-01", "2031-03-31", "month");

    WebElement reopened = waitFor().until(d -> d.findElement(By.cssSelector("#figures tr[data-kpi='complaint-reopened']")));
    List<WebElement> cells = reopened.findElements(By.cssSelector("td.value"));
    // February had no complaint: no value, not 0 %. March: 1 of 3 reopened, against a target of at most 5 %.
    assertThat(cells).extracting(WebElement::getText).containsExactly("—", "33.33%");
    assertThat(cells.get(1).getAttribute("class")).contains("missed");
    assertThat(browser.findElement(By.cssSelector("#figures thead")).getText()).contains("2031年2月", "2031年3月");
    assertThat(browser.findElement(By.cssSelector("#figures tr[data-kpi='complaint-visited'] td.value[data-group='2031-03']"))
        .getAttribute("class")).doesNotContain("missed");

    // The charts are ECharts': the chosen figure per month, the target as a line, misses in red.
    new Select(browser.findElement(By.id("chart-kpi"))).selectByValue("complaint-reopened");
    waitFor().until(d -> Long.valueOf(2).equals(script(
        "const o = echarts.getInstanceByDom(document.getElementById('trend-chart')).getOption();"
            + "return o.series[0].data.length;")));
    assertThat(script("const o = echarts.getInstanceByDom(document.getElementById('trend-chart')).getOption();"
        + "return [o.title[0].text, o.series[0].markLine.data[0].yAxis, o.series[0].data[1].value,"
        + " o.series[0].data[1].itemStyle.color, o.series[0].data[0].value].join('|');"))
        .isEqualTo("投诉重开率 · 按月趋势|5|33.33|#d62728|");
    assertThat(browser.findElements(By.cssSelector("#trend-chart canvas"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#group-chart canvas"))).isNotEmpty();

    // A click on the figure lists the cases behind it, the reopened one first; a manager gets no audit link.
    cells.get(1).findElement(By.tagName("a")).click();
    visible("drill");
    assertThat(browser.findElement(By.id("drill-title")).getText()).contains("投诉重开率").contains("1 / 3");
    List<WebElement> rows = browser.findElements(By.cssSelector("#drill-cases tbody tr"));
    assertThat(rows).extracting(r -> r.findElement(By.tagName("td")).getText())
        .containsExactly("KPI-C3", "KPI-C1", "KPI-C2");
    assertThat(rows.get(0).getText()).contains("客服中心").contains("李娜").contains("是");
    assertThat(browser.findElements(By.cssSelector("#drill-cases a.case-link"))).isEmpty();

    browser.findElement(By.id("download-csv")).click();
    Path csv = downloads.resolve("kpi-2031-02-01-2031-03-31.csv");
    waitFor().until(d -> Files.exists(csv));
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF指标代码").contains("complaint-reopened,投诉重开率,2031-03,2031年3月,1,3,33.33,%,5,否");
  }

  @Test
  void theMonthlyAssessmentNamesTheDepartmentsThatMissed() {
    reports.produce(KpiReportKind.MONTHLY, LocalDate.of(2031, 3, 1), "A01");
    logIn("huangjun");
    period("2031-02-01", "2031-03-31", "month");
    script("document.getElementById('report-kind').value = 'monthly';"
        + "document.getElementById('report-kind').dispatchEvent(new Event('change'));");
    WebElement assessment = waitFor().until(d -> d.findElements(By.cssSelector("#reports article.report")).stream()
        .filter(a -> a.getText().contains("2031年3月")).findFirst().orElse(null));
    assertThat(assessment.getText()).contains("月考核").contains("翠湖花园管理处")
        .contains("未达标部门：客服中心（").contains("投诉重开率");
    assertThat(assessment.findElements(By.cssSelector("tr.missed"))).isNotEmpty();
  }

  @Test
  void anAuditorFollowsACaseBehindAFigureToItsAuditTrail() {
    String complaintNo = AuditedComplaint.finishedAfterOneReopening(rest);
    LocalDate received = jdbc.queryForObject("SELECT received_at FROM complaint_register WHERE complaint_no = ?",
        java.sql.Timestamp.class, complaintNo).toLocalDateTime().toLocalDate();

    logIn("guoyu");
    period(received.toString(), received.toString(), "total");
    WebElement value = waitFor().until(d -> d.findElement(
        By.cssSelector("#figures tr[data-kpi='complaint-reopened'] td.value a")));
    value.click();
    WebElement link = waitFor().until(d -> d.findElements(By.cssSelector("#drill-cases a.case-link")).stream()
        .filter(a -> a.getText().equals(complaintNo)).findFirst().orElse(null));
    link.click();

    waitFor().until(d -> d.findElement(By.id("trail")).isDisplayed());
    assertThat(browser.findElement(By.id("trail-key")).getText()).isEqualTo(complaintNo);
    assertThat(browser.findElement(By.id("trail-tasks")).getText()).contains("责任部门处理");
  }

  @Test
  void aClerkIsOfferedOnlyHisOwnFigures() {
    logIn("zhangwei");
    visible("board");
    assertThat(browser.findElement(By.id("scope")).getText()).isEqualTo("只能查看本人的指标");
    assertThat(new Select(browser.findElement(By.id("department"))).getOptions()).extracting(WebElement::getText)
        .containsExactly("全部", "客服中心");
    assertThat(browser.findElement(By.id("person-label")).isDisplayed()).isFalse();
    // The catalogue shows targets, but only the office manager may change them.
    assertThat(browser.findElements(By.cssSelector("#catalogue input.target"))).isEmpty();
  }

  private void logIn(String user) {
    browser.get("http://localhost:" + port + "/kpi");
    visible("login");
    browser.findElement(By.id("login-user")).sendKeys(user);
    browser.findElement(By.id("login-password")).sendKeys("demo");
    browser.findElement(By.id("login-button")).click();
    visible("board");
  }

  /** Date fields are set as the page reads them (typing into them depends on the browser's locale). */
  private void period(String from, String to, String groupBy) {
    script("document.getElementById('from').value = arguments[0];"
        + "document.getElementById('to').value = arguments[1];", from, to);
    new Select(browser.findElement(By.id("group-by"))).selectByValue(groupBy);
    browser.findElement(By.id("show-button")).click();
    waitFor().until(d -> d.findElement(By.id("shown")).getText().contains(from + " 至 " + to));
  }

  private Object script(String code, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(code, args);
  }

  private void visible(String id) {
    waitFor().until(d -> d.findElement(By.id(id)).isDisplayed());
  }

  private WebDriverWait waitFor() {
    return new WebDriverWait(browser, Duration.ofSeconds(15));
  }
}
