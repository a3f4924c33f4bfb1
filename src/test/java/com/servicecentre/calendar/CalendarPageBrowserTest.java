package com.servicecentre.calendar;

import static com.servicecentre.calendar.Calendars.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.HeadlessChromium;
import com.servicecentre.ServiceCentreTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.nio.file.Path;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The calendars page in a real browser (Debian's headless Chromium): the office manager reads a calendar's days,
 * adds and removes a day and changes hours, and is told in Chinese what is wrong with bad input; a clerk reads
 * only; the missing next year is shown from 1 December. Skipped without Chromium unless REQUIRE_BROWSER=true.
 */
@ServiceCentreTest
class CalendarPageBrowserTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired WorkingCalendars calendars;
  @TempDir Path profile;
  WebDriver browser;

  @AfterEach
  void closeBrowser() {
    ClockUtil.reset();
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void officeManagerAddsAndRemovesADayAndChangesHours() {
    String name = new CalendarApi(rest).newOfficeCalendar("page");
    ClockUtil.setCurrentTime(Date.from(at("2026-12-02T09:00")));
    browser = HeadlessChromium.start(profile);

    logIn("huangjun");
    visible("calendar");
    new Select(browser.findElement(By.id("calendar-name"))).selectByValue(name);
    shown(name + " 2026");
    assertThat(browser.findElement(By.id("warnings")).getText()).contains(name).contains("2027 年的法定节假日");
    assertThat(row("2026-02-14").getText()).contains("春节").contains("调休上班").contains("周六")
        .contains("08:30-12:00,13:30-17:30");
    assertThat(browser.findElement(By.id("read-only")).isDisplayed()).isFalse();

    // A day that does not exist is refused with the server's sentence, and nothing is added.
    addDay("2026-02-30", "不存在的一天", "放假");
    waitFor().until(d -> d.findElement(By.id("error")).getText().contains("2026-02-30 这一天不存在"));

    addDay("2026-12-31", "公司年会", "放假");
    waitFor().until(d -> d.findElement(By.id("message")).getText().contains("已添加 2026-12-31"));
    assertThat(row("2026-12-31").getText()).contains("公司年会").contains("放假").contains("周四");
    assertThat(calendars.get(name).day(LocalDate.parse("2026-12-31"))).isPresent();
    waitFor().until(d -> d.findElement(By.id("changes")).getText().contains("huangjun"));
    assertThat(browser.findElement(By.id("changes")).getText()).contains("添加日期").contains("放假 公司年会");

    row("2026-12-31").findElement(By.cssSelector("button.remove-day")).click();
    waitFor().until(ExpectedConditions.alertIsPresent()).accept();
    waitFor().until(d -> d.findElement(By.id("message")).getText().contains("已删除 2026-12-31"));
    assertThat(browser.findElements(By.cssSelector("#days tr[data-date='2026-12-31']"))).isEmpty();
    assertThat(calendars.get(name).day(LocalDate.parse("2026-12-31"))).isEmpty();

    // Overlapping hours are refused; Saturday mornings are saved.
    hours("SATURDAY", "09:00-12:00,11:00-13:00");
    browser.findElement(By.id("save-hours")).click();
    waitFor().until(d -> d.findElement(By.id("error")).getText().contains("hours.SATURDAY(周六工作时间)"));
    assertThat(browser.findElement(By.id("error")).getText()).contains("重叠");
    hours("SATURDAY", "09:00-12:00");
    browser.findElement(By.id("save-hours")).click();
    waitFor().until(d -> d.findElement(By.id("message")).getText().contains("工作时间已保存"));
    assertThat(calendars.get(name).week().get(DayOfWeek.SATURDAY)).hasToString("09:00-12:00");
    assertThat(browser.findElement(By.id("changes")).getText()).contains("修改工作时间").contains("休息");
  }

  @Test
  void aClerkReadsTheCalendarsButCannotChangeThem() {
    ClockUtil.setCurrentTime(Date.from(at("2026-06-01T09:00")));
    browser = HeadlessChromium.start(profile);
    logIn("zhangwei");
    visible("calendar");
    visible("read-only");
    new Select(browser.findElement(By.id("calendar-name"))).selectByValue("office-hours");
    shown("office-hours 2026");
    assertThat(row("2026-10-01").getText()).contains("国庆节").contains("放假");
    assertThat(browser.findElement(By.id("add-day-form")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("save-hours")).isDisplayed()).isFalse();
    assertThat(browser.findElements(By.cssSelector("button.remove-day"))).isEmpty();
    assertThat(browser.findElement(By.id("hours-MONDAY")).getAttribute("readonly")).isNotNull();
  }

  private void logIn(String user) {
    browser.get("http://localhost:" + port + "/calendars");
    visible("login");
    browser.findElement(By.id("login-user")).sendKeys(user);
    browser.findElement(By.id("login-password")).sendKeys("demo");
    browser.findElement(By.id("login-button")).click();
  }

  private void addDay(String date, String name, String kind) {
    browser.findElement(By.id("day-date")).clear();
    browser.findElement(By.id("day-date")).sendKeys(date);
    browser.findElement(By.id("day-name")).clear();
    browser.findElement(By.id("day-name")).sendKeys(name);
    new Select(browser.findElement(By.id("day-kind"))).selectByVisibleText(kind);
    browser.findElement(By.id("add-day-button")).click();
  }

  private void hours(String weekday, String text) {
    WebElement input = browser.findElement(By.id("hours-" + weekday));
    input.clear();
    input.sendKeys(text);
  }

  private WebElement row(String date) {
    return waitFor().until(d -> d.findElement(By.cssSelector("#days tr[data-date='" + date + "']")));
  }

  /** Waits until the page shows this calendar and year, everything filled in. */
  private void shown(String calendarAndYear) {
    waitFor().until(d -> calendarAndYear.equals(d.findElement(By.id("calendar")).getAttribute("data-shown")));
  }

  private void visible(String id) {
    waitFor().until(d -> d.findElement(By.id(id)).isDisplayed());
  }

  private WebDriverWait waitFor() {
    return new WebDriverWait(browser, Duration.ofSeconds(15));
  }
}
