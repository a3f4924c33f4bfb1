package com.servicecentre;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Camunda Tasklist as the staff use it, in one headless Chromium: log in through the login page, start a case from
 * its form, pick a filter, find a case by its number in the search box, open a task by its card, claim, fill the
 * form and complete. Each person logs in once; switching back to someone restores their session cookies.
 *
 * <p>Locators are CSS classes and attributes of Tasklist and form-js (and our ids {@code Field_<key>}), never
 * Tasklist's own button texts, so they hold in English and in Chinese. Texts asserted are the project's own: form
 * labels, task and filter names, case numbers, our notices.
 */
public final class TasklistPage implements AutoCloseable {

  /** The staff's browsers ask for Chinese; so does the walk's, and it checks Tasklist's Chinese on the way. */
  private static final String LANGUAGE = "zh-CN";
  /** How a date is typed into a form-js date field in a Chinese Tasklist (chinese-display.js). */
  private static final DateTimeFormatter FORM_JS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final WebDriver browser;
  private final String base;
  private final Path profile;
  private final WebDriverWait wait;
  private final Map<String, Set<Cookie>> sessions = new HashMap<>();
  private String user;
  private String loginPage;
  private String datePicker;

  private TasklistPage(WebDriver browser, String base, Path profile) {
    this.browser = browser;
    this.base = base;
    this.profile = profile;
    // Looked at every 100 ms: a walk waits a hundred times, and the default half second adds up to most of it.
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100));
    // A list Tasklist re-renders while it is read is read again at the next look.
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  /**
   * What every walk needs, once per test class: a test method that takes a {@code TasklistPage} gets one Tasklist
   * in headless Chromium on the shared test application's port, the same for all methods of the class, closed after
   * the class. Use with {@code @ServiceCentreTest @ExtendWith(TasklistPage.Walk.class)}.
   */
  public static final class Walk implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == TasklistPage.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      ExtensionContext testClass = context.getParent().filter(c -> c.getTestMethod().isEmpty()).orElse(context);
      return testClass.getStore(ExtensionContext.Namespace.create(Walk.class)).getOrComputeIfAbsent("tasklist",
          key -> new Opened(open(SpringExtension.getApplicationContext(context).getEnvironment()
              .getRequiredProperty("local.server.port", Integer.class))), Opened.class).page();
    }

    /** Closed by JUnit with the test class's store, after its last test. */
    @SuppressWarnings("deprecation") // CloseableResource closes on every JUnit 5 version the build may bring
    private record Opened(TasklistPage page) implements ExtensionContext.Store.CloseableResource {
      @Override
      public void close() {
        page.close();
      }
    }
  }

  public static TasklistPage open(int port) {
    warmUp(port);
    try {
      Path profile = Files.createTempDirectory("tasklist-walk");
      WebDriver browser = HeadlessChromium.start(profile, LANGUAGE);
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
      return new TasklistPage(browser, "http://localhost:" + port, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The webapps' APIs and plugin scripts are built at their first request, which on a busy machine takes longer
   * than a page waits: asked for once before the browser, the first Tasklist page is not left blank.
   */
  private static void warmUp(int port) {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    for (String path : List.of("/camunda/app/tasklist/", "/camunda/api/engine/engine/",
        "/camunda/api/admin/auth/user/default", "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js",
        "/camunda/app/tasklist/scripts/config.js", "/camunda/app/tasklist/locales/zh.json")) {
      try {
        client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(60)).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
      } catch (IOException e) {
        // the page itself will say what is wrong
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  public WebDriver browser() {
    return browser;
  }

  public String base() {
    return base;
  }

  /** Logs in through Tasklist's login page the first time, later brings back that person's session. */
  public TasklistPage as(String login) {
    if (login.equals(user)) {
      return this;
    }
    if (user != null) {
      sessions.put(user, browser.manage().getCookies());
    }
    browser.get(base + "/camunda/app/tasklist/");
    browser.manage().deleteAllCookies();
    ((JavascriptExecutor) browser).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    Set<Cookie> saved = sessions.get(login);
    if (saved != null) {
      saved.forEach(browser.manage()::addCookie);
      browser.get(base + "/camunda/app/tasklist/");
      // A session the server no longer knows brings the login page: log in again, as a person would.
      String shown;
      try {
        // (displayed, not merely present: the header's start link may sit hidden in the page while it asks to log in)
        shown = wait.until(d -> d.findElements(By.cssSelector(".start-process-action a")).stream()
            .anyMatch(WebElement::isDisplayed) ? "tasklist"
            : d.findElements(By.cssSelector("form[name='signinForm']")).stream().anyMatch(WebElement::isDisplayed)
                ? "login page" : null);
      } catch (org.openqa.selenium.TimeoutException e) {
        // Seen in CI: with the saved cookies Tasklist stayed blank, showing neither itself nor its login page. A
        // person would log in again: so does the walk, with a fresh session.
        shown = "nothing";
      }
      if (shown.equals("nothing")) {
        sessions.remove(login);
        browser.manage().deleteAllCookies();
        ((JavascriptExecutor) browser).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        browser.get(base + "/camunda/app/tasklist/default/#/login");
        logInThroughTheLoginPage(login);
      } else if (shown.equals("login page")) {
        logInThroughTheLoginPage(login);
      }
    } else {
      browser.get(base + "/camunda/app/tasklist/default/#/login");
      logInThroughTheLoginPage(login);
    }
    visible(".start-process-action a");
    filtersLoaded();
    user = login;
    return this;
  }

  /**
   * Waits for the filters. Right after a login Tasklist sometimes says "Loading the filters finished with failures.
   * Try to refresh the page": then the page is refreshed, as its notice asks.
   */
  private void filtersLoaded() {
    for (int attempt = 1; ; attempt++) {
      String state = wait.until(d -> {
        if (d.findElements(By.cssSelector(".task-filter")).stream().anyMatch(WebElement::isDisplayed)) {
          return "shown";
        }
        return d.findElements(By.cssSelector("[cam-tasklist-filters] .alert-danger")).stream()
            .anyMatch(WebElement::isDisplayed) ? "failed" : null;
      });
      if ("shown".equals(state)) {
        return;
      }
      if (attempt == 3) {
        throw new AssertionError("Tasklist could not load the filters: "
            + browser.findElement(By.tagName("body")).getText());
      }
      browser.navigate().refresh();
      visible(".start-process-action a");
    }
  }

  /** The login page, typed as a person would; typed before the page listens, it is tried again. */
  private void logInThroughTheLoginPage(String login) {
    for (int attempt = 1; ; attempt++) {
      WebElement name;
      try {
        // (after a retry, the login typed before may have gone through slowly: then Tasklist is there)
        name = wait.until(d -> !d.findElements(By.cssSelector(".start-process-action a")).isEmpty() ? d.findElement(
            By.tagName("body")) : ExpectedConditions.elementToBeClickable(
                By.cssSelector("form[name='signinForm'] input[type='text']")).apply(d));
        if (name.getTagName().equals("body")) {
          return;
        }
      } catch (org.openqa.selenium.TimeoutException e) {
        // Seen in CI on a quiet machine: the page stayed blank (the app never started in the browser); a person
        // reloads it.
        if (attempt == 3) {
          throw new AssertionError("no login page for " + login + " at " + browser.getCurrentUrl() + ": "
              + browser.findElement(By.tagName("body")).getText(), e);
        }
        browser.get(base + "/camunda/app/tasklist/");
        continue;
      }
      WebElement password = browser.findElement(By.cssSelector("form[name='signinForm'] input[type='password']"));
      if (loginPage == null) {
        loginPage = name.getAttribute("placeholder") + " " + password.getAttribute("placeholder") + " "
            + browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).getText().trim();
      }
      name.clear();
      name.sendKeys(login);
      password.clear();
      password.sendKeys("demo", Keys.ENTER);
      boolean in;
      try {
        // Tasklist answers a login within seconds; a login it never took (typed while the page was still starting)
        // shows neither Tasklist nor an error, and is typed again rather than waited for.
        in = new WebDriverWait(browser, Duration.ofSeconds(attempt == 3 ? 30 : 10), Duration.ofMillis(100))
            .until(d -> !d.findElements(By.cssSelector(".start-process-action a")).isEmpty()
                || d.findElements(By.cssSelector(".alert-danger")).stream().anyMatch(WebElement::isDisplayed)
                ? true : null)
            && !browser.findElements(By.cssSelector(".start-process-action a")).isEmpty();
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw new AssertionError(login + " could not log in at " + browser.getCurrentUrl() + ": "
              + browser.findElement(By.tagName("body")).getText(), e);
        }
        in = false;
      }
      if (in || attempt == 3) {
        return;
      }
      browser.navigate().refresh();
    }
  }

  /** What the login page said the first time it was used: the name's and password's hints and the button. */
  public String loginPageTexts() {
    return loginPage;
  }

  // ---- the header ----------------------------------------------------------------------------------------------

  /** The header's entries that a person can see (class of the entry → its text). */
  public boolean headerShows(String entryClass) {
    List<WebElement> entries = browser.findElements(By.cssSelector("[cam-widget-header] li." + entryClass));
    return !entries.isEmpty() && entries.get(0).isDisplayed();
  }

  public String headerText(String entryClass) {
    return visible("[cam-widget-header] li." + entryClass).getText().trim();
  }

  // ---- starting a case -----------------------------------------------------------------------------------------

  /** Opens 发起流程, chooses the process by its name and lets the caller fill the start form (not yet started). */
  public Form startForm(String processName) {
    visible(".start-process-action a").click();
    visible(".modal-content ul.processes a");
    // The dialog lists the processes a page at a time: look the process up by its name, as a person would. (A
    // newer version may carry a note after the name, as one deployed by the rules tests does: 投诉处理(改).)
    WebElement lookup = visible(".modal-content input[ng-model='page.searchValue']");
    lookup.sendKeys(processName);
    for (int attempt = 1; ; attempt++) {
      try {
        wait.until(d -> d.findElements(By.cssSelector(".modal-content ul.processes a")).stream()
            .filter(a -> a.getText().trim().startsWith(processName)).findFirst().orElse(null)).click();
      } catch (org.openqa.selenium.TimeoutException e) {
        throw new AssertionError(user + " cannot start " + processName, e);
      }
      try {
        // A click on a list entry the dialog was re-rendering goes nowhere (seen in CI): a person clicks again.
        new WebDriverWait(browser, Duration.ofSeconds(attempt == 3 ? 30 : 10), Duration.ofMillis(100))
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-content .fjs-form")));
        return new Form(".modal-content");
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw new AssertionError("the start form of " + processName + " did not open; the dialog shows: "
              + browser.findElement(By.cssSelector(".modal-content")).getText(), e);
        }
      }
    }
  }

  /** Starts the case and returns its number as the notice shows it at once; the notice is then dismissed. */
  public String start(Form form) {
    visible(".modal-content button[ng-click='startProcessInstance()']").click();
    String caseNo;
    try {
      caseNo = visible("#sc-case-started .sc-case-no").getText().trim();
    } catch (org.openqa.selenium.TimeoutException e) {
      // Say what the clerk sees instead: the form's messages, a notice, or nothing at all.
      throw new AssertionError("no case number after starting, the page shows: "
          + browser.findElement(By.tagName("body")).getText(), e);
    }
    browser.findElement(By.cssSelector("#sc-case-started .sc-dismiss")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("sc-case-started")));
    return caseNo;
  }

  public String startCase(String processName, Consumer<Form> fill) {
    Form form = startForm(processName);
    fill.accept(form);
    return start(form);
  }

  public boolean startButtonEnabled() {
    return visible(".modal-content button[ng-click='startProcessInstance()']").isEnabled();
  }

  public void closeStartForm() {
    browser.findElement(By.cssSelector(".modal-content button[ng-click='$dismiss()']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-content")));
  }

  // ---- filters, search, cards ----------------------------------------------------------------------------------

  public List<String> filterNames() {
    visible(".task-filter h4.name a");
    return browser.findElements(By.cssSelector(".task-filter h4.name a")).stream()
        .map(a -> a.getText().replaceAll("\\s*\\d+$", "").trim()).toList();
  }

  public TasklistPage filter(String name) {
    WebElement filter = browser.findElements(By.cssSelector(".task-filter")).stream()
        .filter(f -> f.findElement(By.cssSelector("h4.name a")).getText().trim().startsWith(name)).findFirst()
        .orElseThrow(() -> new AssertionError(user + " has no filter " + name));
    if (!filter.getAttribute("class").contains("active")) {
      WebElement before = listState();
      filter.findElement(By.cssSelector("h4.name a")).click();
      refreshed(before);
    }
    return this;
  }

  /**
   * Types the case number into Tasklist's search box and confirms with Enter (one step); returns the task names
   * on the cards the current filter then shows.
   */
  public List<String> search(String caseNo) {
    if (browser.getCurrentUrl().contains(caseNo)) {
      // Already searched: the list refreshes itself after each step.
      wait.until(d -> !d.findElements(
          By.cssSelector(".column-center ol.tasks-list li.task, .column-center .well")).isEmpty());
      return cards();
    }
    WebElement before = listState();
    WebElement box = visible("[cam-widget-search] input");
    box.click();
    box.sendKeys(caseNo, Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().contains(caseNo));
    refreshed(before);
    return cards();
  }

  /** The task names on the cards of the list as it is. */
  public List<String> cards() {
    return browser.findElements(By.cssSelector(".column-center ol.tasks-list li.task h4.task a")).stream()
        .map(a -> a.getText().trim()).toList();
  }

  /** The whole text of the card of this task (name, process, dates, the case's variables). */
  public String cardText(String taskName) {
    return card(taskName).getText();
  }

  /** Opens a task by its card and waits for its form. */
  public Form openTask(String taskName) {
    // Clicked inside the wait: a list re-rendered between finding the card and clicking it is looked up again.
    wait.until(d -> {
      card(taskName).findElement(By.cssSelector("h4.task a")).click();
      return true;
    });
    wait.until(d -> d.findElements(By.cssSelector(".column-right .task-card h2.task")).stream()
        .anyMatch(h -> h.getText().trim().equals(taskName)));
    visible(".column-right .fjs-form");
    return new Form(".column-right");
  }

  /** Searches the case in this filter and opens its task of this name. */
  public Form find(String filterName, String caseNo, String taskName) {
    filter(filterName);
    search(caseNo);
    try {
      card(taskName);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(user + " sees " + cards() + " for " + caseNo + " in " + filterName + ", not "
          + taskName, e);
    }
    return openTask(taskName);
  }

  // ---- the open task -------------------------------------------------------------------------------------------

  public TasklistPage claim() {
    press(visible("[cam-tasklist-task-meta] .claim"));
    visible("[cam-tasklist-task-meta] .unclaim");
    return this;
  }

  public TasklistPage unclaim() {
    press(visible("[cam-tasklist-task-meta] .unclaim"));
    visible("[cam-tasklist-task-meta] .claim");
    return this;
  }

  public boolean canUnclaim() {
    return !browser.findElements(By.cssSelector("[cam-tasklist-task-meta] .unclaim")).isEmpty();
  }

  /** Clicks unclaim expecting a refusal; returns the error notice. */
  public String unclaimRefused() {
    press(visible("[cam-tasklist-task-meta] .unclaim"));
    return errorNotice();
  }

  /** Sets the follow-up date with Tasklist's date picker to the moment it proposes (now) and applies it. */
  public TasklistPage setFollowUpToNow() {
    visible("[cam-tasklist-task-meta] .followup-date .view-value").click();
    WebElement apply = wait.until(d -> d.findElements(By.cssSelector(".cam-widget-inline-field.datepicker-control button"))
        .stream().filter(WebElement::isDisplayed)
        .filter(b -> !b.findElements(By.cssSelector(".glyphicon-ok")).isEmpty()).findFirst().orElse(null));
    WebElement picker = visible(".datepicker table");
    datePicker = picker.findElement(By.cssSelector("thead button.uib-title")).getText().trim() + " "
        + String.join(" ", picker.findElements(By.cssSelector("thead th small")).stream()
            .map(WebElement::getText).toList());
    apply.click();
    wait.until(d -> !d.findElements(By.cssSelector("[cam-tasklist-task-meta] .reset-follow-up-date")).isEmpty());
    return this;
  }

  /** What the follow-up date picker showed last: its month title and the weekdays' heads. */
  public String datePickerTexts() {
    return datePicker;
  }

  public String assignee() {
    return visible("[cam-tasklist-task-meta] .assignee").getText().trim();
  }

  /** Completes the open task and waits until Tasklist has let go of it. */
  public TasklistPage complete() {
    WebElement title = visible(".column-right .task-card h2.task");
    press(visible(".column-right button[ng-click='complete()']"));
    wait.until(ExpectedConditions.stalenessOf(title));
    return this;
  }

  /** Completes expecting a refusal; returns the error Tasklist shows. */
  public String completeRefused() {
    press(visible(".column-right button[ng-click='complete()']"));
    return errorNotice();
  }

  /** The newest error notice (Tasklist's notification panel), its whole text. */
  public String errorNotice() {
    return wait.until(d -> d.findElements(By.cssSelector(".alert-danger")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> !t.isBlank())
        .reduce((a, b) -> b).orElse(null));
  }

  // ---- our pages -----------------------------------------------------------------------------------------------

  /** 我发起的案件, opened with the Tasklist session: case number → the row's text. */
  public Map<String, String> myCases() {
    browser.get(base + "/cases/");
    visible("#mine");
    Map<String, String> rows = new HashMap<>();
    for (WebElement row : browser.findElements(By.cssSelector("#cases tbody tr"))) {
      rows.put(row.getAttribute("data-case-no"), row.getText());
    }
    browser.get(base + "/camunda/app/tasklist/");
    visible(".start-process-action a");
    return rows;
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  private WebElement card(String taskName) {
    return wait.until(d -> d.findElements(By.cssSelector(".column-center ol.tasks-list li.task")).stream()
        .filter(li -> li.findElement(By.cssSelector("h4.task a")).getText().trim().equals(taskName)).findFirst()
        .orElse(null));
  }

  /** What the task list shows now (its first card, or its "nothing found" notice), to see it replaced. */
  private WebElement listState() {
    List<WebElement> shown = browser.findElements(
        By.cssSelector(".column-center ol.tasks-list li.task, .column-center .well"));
    return shown.isEmpty() ? null : shown.get(0);
  }

  private void refreshed(WebElement before) {
    if (before != null) {
      wait.until(ExpectedConditions.stalenessOf(before));
    }
    wait.until(d -> !d.findElements(
        By.cssSelector(".column-center ol.tasks-list li.task, .column-center .well")).isEmpty());
  }

  /** Brings an element to the middle of its scrolling pane, then clicks it as a person would. */
  private void clickInView(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    } catch (org.openqa.selenium.ElementClickInterceptedException underANotice) {
      // Tasklist's notices stack over the form's lower right; the control itself is there and enabled.
      ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
    }
  }

  /** Clicks a button even where Tasklist's notices lie over it (they stack at the bottom right). */
  private void press(WebElement button) {
    wait.until(ExpectedConditions.elementToBeClickable(button));
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", button);
  }

  private WebElement visible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  @Override
  public void close() {
    browser.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // a temporary folder
    }
  }

  /** A form-js form (start form in the dialog, or the open task's form); fields by their key (id Field_<key>). */
  public final class Form {

    private final String scope;

    Form(String scope) {
      this.scope = scope;
    }

    public WebElement field(String key) {
      return wait.until(d -> d.findElements(
          By.cssSelector(scope + " .fjs-form-field:has([id*='-Field_" + key + "'])")).stream().findFirst()
          .orElse(null));
    }

    public boolean shows(String key) {
      return !browser.findElements(By.cssSelector(scope + " .fjs-form-field:has([id*='-Field_" + key + "'])"))
          .isEmpty();
    }

    public String label(String key) {
      return field(key).findElement(By.cssSelector("label")).getText().replace("*", "").trim();
    }

    /** What the field shows: a select's chosen label, else the input's value. */
    public String value(String key) {
      WebElement field = field(key);
      List<WebElement> display = field.findElements(By.cssSelector(".fjs-select-display"));
      if (!display.isEmpty()) {
        return display.get(0).getText().trim();
      }
      return field.findElement(By.cssSelector("input, textarea")).getDomProperty("value");
    }

    /** The chosen option of a radio group, by its label, or "" when none is chosen. */
    public String checked(String key) {
      return field(key).findElements(By.cssSelector("label")).stream()
          .filter(l -> !l.findElements(By.cssSelector("input:checked")).isEmpty())
          .map(l -> l.getText().trim()).findFirst().orElse("");
    }

    public boolean readOnly(String key) {
      return field(key).getAttribute("class").contains("fjs-readonly");
    }

    public Form type(String key, String text) {
      for (int attempt = 1; ; attempt++) {
        try {
          WebElement input = field(key).findElement(By.cssSelector("input, textarea"));
          input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
          input.sendKeys(text);
          // form-js takes typed text in after a pause or when the field is left: leave it, as a person moves on.
          input.sendKeys(Keys.TAB);
          return this;
        } catch (StaleElementReferenceException rerendered) {
          // form-js (or the Chinese display script) replaced the field while it was being typed into: again.
          if (attempt == 3) {
            throw rerendered;
          }
        }
      }
    }

    public Form choose(String key, String option) {
      WebElement field = field(key);
      // A select opens when it gets the focus (Tab from the field before), else by a click.
      if (field.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty()) {
        clickInView(field.findElement(By.cssSelector(".fjs-select-display, input")));
      }
      WebElement item = wait.until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
          .filter(i -> i.getText().trim().equals(option)).findFirst().orElse(null));
      clickInView(item);
      wait.until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty());
      return this;
    }

    /** The options a select offers, by their labels (the list stays open for {@link #choose}). */
    public List<String> options(String key) {
      WebElement field = field(key);
      if (field.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty()) {
        clickInView(field.findElement(By.cssSelector(".fjs-select-display, input")));
      }
      List<String> options = wait.until(d -> {
        List<WebElement> items = field.findElements(By.cssSelector(".fjs-dropdownlist-item"));
        return items.isEmpty() ? null : items.stream().map(i -> i.getText().trim()).toList();
      });
      return options;
    }

    public Form pick(String key, String option) {
      WebElement label = field(key).findElements(By.cssSelector("label")).stream()
          .filter(l -> l.getText().trim().equals(option)).findFirst()
          .orElseThrow(() -> new NoSuchElementException(key + " has no option " + option));
      clickInView(label);
      return this;
    }

    public Form check(String key) {
      clickInView(field(key).findElement(By.cssSelector("input[type='checkbox']")));
      return this;
    }

    /** A date through form-js's date picker, typed as it expects (mm/dd/yyyy) and confirmed with Enter. */
    public Form date(String key, LocalDate date) {
      WebElement input = field(key).findElement(By.cssSelector("input"));
      clickInView(input);
      input.sendKeys(date.format(FORM_JS_DATE), Keys.ENTER);
      return this;
    }

    /** The month names of a date field's calendar (form-js's date picker), which is left open for {@link #date}. */
    public List<String> calendarMonths(String key) {
      clickInView(field(key).findElement(By.cssSelector("input")));
      return wait.until(d -> {
        List<String> names = d.findElements(By.cssSelector(".flatpickr-calendar.open .flatpickr-monthDropdown-months option"))
            .stream().map(o -> o.getAttribute("textContent").trim()).toList();
        return names.isEmpty() ? null : names;
      });
    }

    /** The validation message form-js shows under a field (after it was left), or "" when there is none. */
    public String error(String key) {
      try {
        return field(key).findElements(By.cssSelector(".fjs-form-field-error")).stream().map(WebElement::getText)
            .filter(t -> !t.isBlank()).findFirst().orElse("");
      } catch (StaleElementReferenceException e) {
        return error(key);
      }
    }

    /** Leaves the field (Tab), so that form-js validates it. */
    public Form leave(String key) {
      field(key).findElement(By.cssSelector("input, textarea")).sendKeys(Keys.TAB);
      return this;
    }
  }
}
