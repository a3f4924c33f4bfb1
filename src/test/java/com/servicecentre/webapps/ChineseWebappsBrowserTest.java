package com.servicecentre.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.HeadlessChromium;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist, Cockpit and Admin as the service centre's staff see them in a real browser (Debian's headless
 * Chromium): in Chinese for a Chinese browser (login page and its error, menus, Camunda Forms' validation messages,
 * date pickers, names family name first, no Camunda 8 banner, the start pages), in English for an English one. Skipped when Chromium
 * is not installed, unless REQUIRE_BROWSER=true (as in CI). DOM text only: no CJK font is installed.
 */
@ServiceCentreTest
class ChineseWebappsBrowserTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @TempDir Path profile;
  WebDriver browser;
  String testName;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void clerkWorksInTasklistInChinese(TestInfo test) {
    complaintHandledBy("zhangwei");
    open("zh-CN", test);
    browser.get(base() + "/app/tasklist/");

    WebElement user = waitFor(d -> d.findElement(By.cssSelector("form[name=signinForm] input[type=text]")));
    WebElement password = browser.findElement(By.cssSelector("form[name=signinForm] input[type=password]"));
    WebElement logIn = browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]"));
    assertThat(user.getAttribute("placeholder")).isEqualTo("用户名");
    assertThat(password.getAttribute("placeholder")).isEqualTo("密码");
    assertThat(logIn.getText()).isEqualTo("登录");

    // A login nobody has (a wrong password would hold the clerk's own login back for a few seconds).
    user.sendKeys("nobody");
    password.sendKeys("wrong");
    logIn.click();
    waitFor(d -> bodyText().contains("登录失败"));
    assertThat(bodyText()).contains("用户名或密码错误").doesNotContain("Login Failed").doesNotContain("Wrong credentials");

    logInAs("zhangwei");
    WebElement account = waitFor(d -> d.findElement(By.cssSelector("[cam-widget-header] li.account > a")));
    waitFor(d -> account.getText().contains("张伟"));
    assertThat(account.getText()).doesNotContain("伟 张");
    waitFor(d -> bodyText().contains("发起流程"));
    assertThat(bodyText()).contains("我的任务").contains("键盘快捷键").doesNotContain("Start process");
    assertNoMigrationBanner();

    // Her tasks: her name on each card, family name first.
    waitFor(d -> !d.findElements(By.cssSelector("li.task h5.assignee")).isEmpty());
    assertThat(browser.findElements(By.cssSelector("li.task h5.assignee"))).extracting(WebElement::getText)
        .containsOnly("张伟");

    // The open task's due date picker: Chinese month and day names, weeks from Monday.
    browser.findElement(By.cssSelector("li.task h4.task a")).click();
    waitFor(d -> d.findElement(By.cssSelector("[cam-tasklist-task-meta] .due-date .view-value"))).click();
    WebElement picker = waitFor(d -> d.findElement(By.cssSelector(".datepicker table")));
    assertThat(picker.findElement(By.cssSelector("thead button.uib-title")).getText()).matches("\\d{4}年\\d{1,2}月");
    assertThat(picker.findElements(By.cssSelector("thead th small"))).extracting(WebElement::getText)
        .containsExactly("一", "二", "三", "四", "五", "六", "日");
    browser.findElements(By.xpath("//button[span[contains(@class,'glyphicon-remove')]]")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();

    // The repair report's start form: Camunda Forms' messages in Chinese, never the regular expression.
    openStartForm("报修派工");
    WebElement reporter = formInput("reporter");
    reporter.sendKeys("x");
    reporter.sendKeys(Keys.BACK_SPACE);
    WebElement phone = formInput("phone");
    phone.sendKeys("abc");
    phone.sendKeys(Keys.TAB);
    waitFor(d -> errorOf("reporter").equals("请填写报修人"));
    waitFor(d -> errorOf("phone").equals("请填写正确的联系电话：手机或座机号码，如 13812345678、0755-12345678"));
    String form = browser.findElement(By.cssSelector(".fjs-container")).getText();
    assertThat(form).contains("请选择").doesNotContain("Field ").doesNotContain("pattern").doesNotContain("[0-9]")
        .doesNotContain("Select");

    // Its date field: Chinese months and weekdays, the date written 2026-03-05.
    WebElement visitDate = browser.findElement(By.cssSelector(".fjs-datepicker input"));
    assertThat(visitDate.getAttribute("placeholder")).isEqualTo("yyyy-mm-dd");
    visitDate.click();
    WebElement calendar = waitFor(d -> d.findElement(By.cssSelector(".flatpickr-calendar.open")));
    assertThat(calendar.findElements(By.cssSelector(".flatpickr-monthDropdown-months option")))
        .extracting(option -> option.getAttribute("textContent")).startsWith("一月", "二月").endsWith("十二月");
    assertThat(calendar.findElement(By.cssSelector(".flatpickr-weekday")).getText().trim()).isEqualTo("一");
    calendar.findElement(By.cssSelector(".flatpickr-day.today")).click();
    waitFor(d -> visitDate.getAttribute("value").matches("\\d{4}-\\d{2}-\\d{2}"));

    // The start pages: /camunda-welcome/ is the centre's, in Chinese, without Camunda's demo login or banner; the
    // welcome app a login lands on names the centre and links its pages, not Camunda's English documentation.
    browser.get("http://localhost:" + port + "/camunda-welcome/");
    waitFor(d -> bodyText().contains("网页应用"));
    assertThat(bodyText()).contains("任务列表", "流程监控", "我发起的案件", "工作日历").doesNotContain("Welcome")
        .doesNotContain("Webapps").doesNotContain("demo").doesNotContain("Camunda 8");
    browser.get(base() + "/app/welcome/");
    waitFor(d -> bodyText().contains("我发起的案件"));
    assertThat(bodyText()).contains("客服中心 首页", "工作日历", "个人资料").doesNotContain("Camunda Welcome")
        .doesNotContain("Camunda 网页应用用户文档");
    assertThat(browser.getTitle()).isEqualTo("客服中心 首页");
    assertNoMigrationBanner();
  }

  @Test
  void englishBrowserStillGetsEnglish(TestInfo test) {
    open("en-US", test);
    browser.get(base() + "/app/tasklist/");
    WebElement user = waitFor(d -> d.findElement(By.cssSelector("form[name=signinForm] input[type=text]")));
    assertThat(user.getAttribute("placeholder")).isEqualTo("Username");
    logInAs("zhangwei");
    waitFor(d -> bodyText().contains("Start process"));
    assertThat(bodyText()).doesNotContain("发起流程");
    assertNoMigrationBanner();
  }

  @Test
  void cockpitAndAdminInChinese(TestInfo test) {
    open("zh-CN", test);
    browser.get(base() + "/app/cockpit/");
    logInAs("demo");
    waitFor(d -> d.findElement(By.cssSelector("[cam-widget-header]")).getText().contains("决策"));
    assertThat(browser.findElement(By.cssSelector("[cam-widget-header]")).getText())
        .contains("流程").contains("决策").contains("人工任务").contains("更多").doesNotContain("Processes");
    waitFor(d -> bodyText().contains("运行中的流程实例"));
    assertThat(bodyText()).contains("部署").contains("未处理的故障").doesNotContain("Running Process Instances");
    assertNoMigrationBanner();

    browser.get(base() + "/app/admin/");
    waitFor(d -> d.findElement(By.cssSelector("[cam-widget-header]")).getText().contains("授权"));
    assertThat(browser.findElement(By.cssSelector("[cam-widget-header]")).getText())
        .contains("用户").contains("组").contains("授权").doesNotContain("Users");
    assertNoMigrationBanner();

    // A person's page names her family name first; a group's page keeps its heading as it is.
    browser.get(base() + "/app/admin/#/users/zhangwei?tab=profile");
    waitFor(d -> d.findElement(By.cssSelector(".section-content > header h3")).getText().endsWith("张伟"));
    browser.get(base() + "/app/admin/#/groups/customer-service?tab=group");
    waitFor(d -> d.findElement(By.cssSelector(".section-content > header h3")).getText().startsWith("编辑组"));
  }

  private void complaintHandledBy(String clerk) {
    TasklistClient client = new TasklistClient(rest, clerk, "demo");
    ResponseEntity<String> started = client.submitStartForm("complaint-handling", Map.of(
        "complainantName", "王女士", "unit", "3栋1单元502", "phone", "13900001111", "channel", "phone",
        "category", "noise", "severity", "normal", "description", "楼上装修噪音"));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String instanceId = TasklistClient.json(started).get("id").asText();
    String taskId = client.task(instanceId, "investigateComplaint").get("id").asText();
    assertThat(client.claim(taskId, clerk).getStatusCode().is2xxSuccessful()).isTrue();
  }

  private void open(String language, TestInfo test) {
    testName = test.getTestMethod().orElseThrow().getName();
    // The webapps' APIs start at their first request, which can take long on a busy machine: not the browser's.
    for (String path : List.of("/camunda/api/engine/engine/", "/camunda/api/admin/auth/user/default",
        "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js",
        "/camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js",
        "/camunda/api/admin/plugin/adminPlugins/static/app/plugin.js")) {
      rest.getForEntity(path, String.class);
    }
    browser = HeadlessChromium.start(profile, language);
    // wide enough for the webapps' menus, which fold away on small screens
    browser.manage().window().setSize(new Dimension(1400, 1000));
  }

  private void logInAs(String login) {
    WebElement user = waitFor(d -> d.findElement(By.cssSelector("form[name=signinForm] input[type=text]")));
    user.clear();
    user.sendKeys(login);
    WebElement password = browser.findElement(By.cssSelector("form[name=signinForm] input[type=password]"));
    password.clear();
    password.sendKeys("demo");
    browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    waitFor(d -> d.findElements(By.cssSelector("form[name=signinForm]")).isEmpty());
  }

  /**
   * 发起流程, the process looked up by its name and clicked; clicked again when the click went to a list the dialog
   * was re-rendering and the form did not open (once in CI, where the form then never came).
   */
  private void openStartForm(String processName) {
    waitFor(d -> d.findElement(By.xpath("//a[contains(.,'发起流程')]"))).click();
    waitFor(d -> d.findElement(By.cssSelector(".modal-content input[ng-model='page.searchValue']")))
        .sendKeys(processName);
    for (int attempt = 1; ; attempt++) {
      waitFor(d -> d.findElements(By.cssSelector(".modal-content ul.processes a")).stream()
          .filter(a -> a.getText().trim().startsWith(processName)).findFirst().orElse(null)).click();
      try {
        new WebDriverWait(browser, Duration.ofSeconds(attempt == 3 ? 60 : 10))
            .until(d -> !d.findElements(By.cssSelector(".modal-content .fjs-form")).isEmpty());
        return;
      } catch (TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private WebElement formInput(String key) {
    return waitFor(d -> d.findElement(By.cssSelector(".fjs-container input[id$='-Field_" + key + "']")));
  }

  private String errorOf(String key) {
    List<WebElement> errors = browser.findElements(By.cssSelector("[id$='-Field_" + key + "-error-message'] li"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }

  private void assertNoMigrationBanner() {
    assertThat(bodyText()).doesNotContain("Camunda 8").doesNotContain("迁移到 Camunda 8");
    for (WebElement banner : browser.findElements(By.cssSelector(".ce-eol-banner"))) {
      assertThat(banner.isDisplayed()).isFalse();
    }
  }

  private String bodyText() {
    return browser.findElement(By.tagName("body")).getText();
  }

  private String base() {
    return "http://localhost:" + port + "/camunda";
  }

  private <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(browser, Duration.ofSeconds(60))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    } catch (TimeoutException e) {
      try {
        Path page = Path.of("target", "browser-" + testName + ".html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, browser.getPageSource(), StandardCharsets.UTF_8);
      } catch (IOException ignored) {
        // the timeout says enough
      }
      throw e;
    }
  }
}
