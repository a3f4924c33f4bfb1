package com.servicecentre;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the tests of our pages, as AuditPageBrowserTest starts it: the test is skipped
 * when Chromium is not installed, unless REQUIRE_BROWSER=true (as in CI), which makes that a failure.
 */
public final class HeadlessChromium {

  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

  private HeadlessChromium() {}

  /** A browser with a profile of its own (a temporary folder); quit it after the test. */
  public static WebDriver start(Path profile) {
    return start(profile, null);
  }

  /**
   * The same, with the language the browser asks for (Accept-Language and navigator.languages), e.g. "zh-CN" or
   * "en-US"; null leaves the browser's default.
   */
  public static WebDriver start(Path profile, String language) {
    return start(profile, language, null);
  }

  /** The same, saving downloads into {@code downloads} without asking (null: the browser's default). */
  public static WebDriver start(Path profile, String language, Path downloads) {
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
    Map<String, Object> prefs = new HashMap<>();
    if (language != null) {
      options.addArguments("--lang=" + language);
      prefs.put("intl.accept_languages", language);
    }
    if (downloads != null) {
      prefs.put("download.default_directory", downloads.toString());
      prefs.put("download.prompt_for_download", false);
    }
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }
}
