package com.servicecentre.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ServiceCentreTest;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The auditors' page in a real browser (Debian's headless Chromium): an auditor finds a complaint, reads its
 * trail and downloads it; a clerk is refused. Skipped when Chromium is not installed, unless REQUIRE_BROWSER=true
 * (as in CI).
 */
@ServiceCentreTest
class AuditPageBrowserTest {

  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @TempDir Path downloads;
  @TempDir Path profile;
  WebDriver browser;

  @BeforeEach
  void openBrowser() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "true".equals(System.getenv("REQUIRE_BROWSER"))) {
      throw new IllegalStateException("REQUIRE_BROWSER=true but " + CHROMIUM + " or " + CHROMEDRIVER
          + " is missing: apt-get install chromium chromium-driver");
    }
    Assumptions.assumeTrue(installed, "Chromium not installed (apt-get install chromium chromium-driver)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void auditorFindsAComplaintReadsItsTrailAndDownloadsIt() throws Exception {
    String complaintNo = AuditedComplaint.finishedAfterOneReopening(rest);

    logIn("guoyu");
    visible("search");
    new Select(browser.findElement(By.id("process"))).selectByValue("complaint-handling");
    new Select(browser.findElement(By.id("state"))).selectByValue("COMPLETED");
    browser.findElement(By.id("business-key")).sendKeys(complaintNo);
    browser.findElement(By.id("search-button")).click();

    WebElement link = waitFor().until(d -> d.findElement(By.cssSelector("#cases a.case-link")));
    assertThat(browser.findElements(By.cssSelector("#cases tbody tr"))).hasSize(1);
    assertThat(link.getText()).isEqualTo(complaintNo);
    link.click();

    visible("trail");
    assertThat(browser.findElement(By.id("trail-key")).getText()).isEqualTo(complaintNo);
    String tasks = browser.findElement(By.id("trail-tasks")).getText();
    // People by name, not login (the login is the cell's tooltip).
    assertThat(tasks).contains("责任部门处理").contains("customer-service").contains("李娜").contains("张伟")
        .doesNotContain("lina").doesNotContain("zhangwei");
    assertThat(browser.findElement(By.id("trail-summary")).getText()).contains("发起人 张伟").contains("翠湖花园管理处");
    assertThat(browser.findElements(By.cssSelector("#trail-tasks tr.late"))).hasSize(1);
    assertThat(browser.findElement(By.id("trail-decisions")).getText())
        .contains("complaint-routing").contains("responsibleGroup=customer-service");
    assertThat(browser.findElement(By.id("trail-variables")).getText()).contains("装修超时").contains("装修队再次夜间施工");
    assertThat(browser.findElement(By.id("trail-operations")).getText()).contains("Claim").contains("Complete")
        .contains("李娜");

    browser.findElement(By.id("download-csv")).click();
    Path csv = downloads.resolve(complaintNo + ".csv");
    waitFor().until(d -> Files.exists(csv));
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("\uFEFFsection,");
    assertThat(String.join("\n", lines)).contains("tasks,").contains("complaint-routing").contains("lina");
  }

  @Test
  void clerkIsRefusedAndSeesNoCase() {
    logIn("zhangwei");
    visible("refused");
    assertThat(browser.findElement(By.id("refused")).getText()).contains("无权访问");
    assertThat(browser.findElement(By.id("search")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("trail")).isDisplayed()).isFalse();
  }

  private void logIn(String user) {
    browser.get("http://localhost:" + port + "/audit");
    visible("login");
    browser.findElement(By.id("login-user")).sendKeys(user);
    browser.findElement(By.id("login-password")).sendKeys("demo");
    browser.findElement(By.id("login-button")).click();
  }

  private void visible(String id) {
    waitFor().until(d -> d.findElement(By.id(id)).isDisplayed());
  }

  private WebDriverWait waitFor() {
    return new WebDriverWait(browser, Duration.ofSeconds(15));
  }
}
