package com.servicecentre.demo;

import com.servicecentre.common.DueAsyncSteps;
import com.servicecentre.calendar.WorkingCalendar;
import com.servicecentre.calendar.WorkingCalendars;
import com.servicecentre.common.EngineClock;
import com.servicecentre.lead.DesignerChoice;
import com.servicecentre.lead.DesignerPool;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes months of history for the demo through the engine itself: cases of all four processes started from their
 * start forms and worked task by task, each form submitted logged in as the member of staff whose work it is (so
 * the project's form, duty and office checks apply as in Tasklist), with the engine clock moved to the simulated
 * moment. The whole period runs as one timeline, earliest event first: case numbers follow the dates, the
 * designers' weekly loads are those of the week, and a task left past its due date lets its warning, overdue and
 * escalation timers fire at their time (the due jobs are run here, as the job executor would run them).
 *
 * <p>The engine clock is the JVM's: while this runs, nothing else may use the engine. {@link #generate} stops the
 * job executor if it runs and starts it again afterwards, and resets the clock; the demo switch calls it during
 * start-up, before the web server takes requests ({@link DemoHistoryAtStartup}). Events due after the real now are
 * not played: the cases started last stay open, as in any office.
 */
@Component
public class DemoHistory {

  private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);

  /** The processes and the registers whose rows a generated case leaves. */
  static final List<String> REGISTERS = List.of("complaint_register", "repair_register", "move_out_register",
      "lead_register");

  /** What was generated: cases per process, and how they stand (finished, open, refused by a check). */
  public record Totals(Map<String, Integer> started, Map<String, Integer> finished, int open, int stuck,
      int tasksCompleted, int timersFired, Duration took) {

    public int cases() {
      return started.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final FormService forms;
  private final ManagementService management;
  private final IdentityService identity;
  private final WorkingCalendars calendars;
  private final JdbcTemplate jdbc;
  private final DesignerPool designers;

  public DemoHistory(ProcessEngine engine, WorkingCalendars calendars, JdbcTemplate jdbc, DesignerPool designers) {
    this.designers = designers;
    this.engine = engine;
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.forms = engine.getFormService();
    this.management = engine.getManagementService();
    this.identity = engine.getIdentityService();
    this.calendars = calendars;
    this.jdbc = jdbc;
  }

  /** True when no register holds a case yet: only then does the demo switch generate. */
  public boolean registersEmpty() {
    return REGISTERS.stream()
        .allMatch(table -> jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class) == 0);
  }

  /**
   * Plays {@code cases} cases started in working hours between {@code from} (inclusive) and {@code until} (the
   * real now, at most), seeded: the same seed over the same period, on an empty database, gives the same history.
   * Takes long: every case runs through the engine (about a second a case on a busy two-core machine).
   */
  public Totals generate(LocalDate from, LocalDateTime until, int cases, long seed) {
    long began = System.nanoTime();
    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor();
    boolean executorWasActive = jobExecutor != null && jobExecutor.isActive();
    if (executorWasActive) {
      // It would run timers by the moved clock, concurrently with this timeline.
      jobExecutor.shutdown();
    }
    try {
      Run run = new Run(from, until, cases, seed);
      run.play();
      return run.totals(Duration.ofNanos(System.nanoTime() - began));
    } finally {
      identity.clearAuthentication();
      ClockUtil.reset();
      if (executorWasActive) {
        jobExecutor.start();
      }
    }
  }

  /** How the cases stand in the registers, for the log: outcomes a KPI page shows. */
  public Map<String, Integer> outcomes() {
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    count(outcomes, "投诉 重开", "complaint_register WHERE reopen_count > 0");
    count(outcomes, "投诉 超时或督办", "complaint_register WHERE resolved_on_time = FALSE OR escalation IS NOT NULL");
    count(outcomes, "报修 返修", "repair_register WHERE reopen_count > 0");
    count(outcomes, "报修 收费", "repair_register WHERE chargeable = TRUE");
    count(outcomes, "退房 曾被驳回", "move_out_register WHERE approval_chain LIKE '%驳回%'");
    count(outcomes, "超时步骤", "case_step_time WHERE on_time = FALSE");
    jdbc.query("SELECT status, COUNT(*) FROM lead_register GROUP BY status ORDER BY status",
        (java.sql.ResultSet rs) -> {
          outcomes.put("来单 " + rs.getString(1), rs.getInt(2));
        });
    return outcomes;
  }

  private void count(Map<String, Integer> outcomes, String label, String tableAndCondition) {
    outcomes.put(label, jdbc.queryForObject("SELECT COUNT(*) FROM " + tableAndCondition, Integer.class));
  }

  /** One generation: the timeline, the staff by office and group, and the counts. */
  private final class Run {

    private final Instant from;
    private final Instant until;
    private final int cases;
    private final Random random;
    private final WorkingCalendar hours = calendars.get("office-hours");
    private final DemoCases plans;
    private final PriorityQueue<Event> timeline = new PriorityQueue<>(
        Comparator.comparing(Event::at).thenComparingLong(Event::sequence));
    private final Map<String, DemoCase> byInstance = new HashMap<>();
    private final Set<String> scheduledTasks = new HashSet<>();
    private final Map<String, String> definitionIds = new HashMap<>();
    private final Map<String, List<String>> membersCache = new HashMap<>();
    private final Map<String, List<String>> groupsCache = new HashMap<>();
    private final Map<String, List<String>> tenantsCache = new HashMap<>();
    private final Map<String, Integer> started = new LinkedHashMap<>();
    private int stuck;
    private int tasksCompleted;
    private int timersFired;
    private long sequence;
    private Instant clock;

    Run(LocalDate from, LocalDateTime until, int cases, long seed) {
      this.from = from.atStartOfDay(EngineClock.ZONE).toInstant();
      Instant now = Instant.now();
      Instant end = until.atZone(EngineClock.ZONE).toInstant();
      this.until = end.isAfter(now) ? now : end;
      this.cases = cases;
      this.random = new Random(seed);
      this.plans = new DemoCases(random, this::members);
      this.clock = this.from;
    }

    void play() {
      for (int i = 0; i < cases; i++) {
        DemoCase plan = plans.next(i);
        schedule(new Event(randomWorkingMoment(), sequence++, plan, null, null));
      }
      int done = 0;
      int reported = 0;
      while (!timeline.isEmpty()) {
        Event event = timeline.poll();
        if (event.at().isAfter(until)) {
          break;
        }
        fireTimersUntil(event.at());
        setClock(event.at());
        if (event.taskId() == null) {
          start(event.plan());
          done++;
        } else {
          work(event);
        }
        if (done * 10 / cases > reported) {
          reported = done * 10 / cases;
          LOG.info("演示历史：已发起 {} / {} 个案件，模拟时间 {}", done, cases, EngineClock.now());
        }
      }
      fireTimersUntil(until);
    }

    Totals totals(Duration took) {
      Map<String, Integer> finished = new LinkedHashMap<>();
      int open = 0;
      for (DemoCase plan : byInstance.values()) {
        boolean ended = runtime.createProcessInstanceQuery().processInstanceId(plan.instanceId).count() == 0;
        if (ended) {
          finished.merge(plan.processKey, 1, Integer::sum);
        } else if (!plan.stuck) {
          open++;
        }
      }
      return new Totals(started, finished, open, stuck, tasksCompleted, timersFired, took);
    }

    // --- the timeline ------------------------------------------------------------------------------------------

    private void schedule(Event event) {
      timeline.add(event);
    }

    private void setClock(Instant at) {
      if (at.isAfter(clock)) {
        clock = at;
      }
      ClockUtil.setCurrentTime(Date.from(clock));
    }

    /** Runs every timer due by {@code at}, each at its own due time, earliest first, as the job executor would. */
    private void fireTimersUntil(Instant at) {
      setClock(at);
      while (true) {
        List<Job> due = management.createJobQuery().timers().executable().orderByJobDuedate().asc().listPage(0, 1);
        if (due.isEmpty()) {
          return;
        }
        Job timer = due.get(0);
        Instant dueAt = timer.getDuedate().toInstant();
        Instant was = clock;
        if (dueAt.isAfter(clock)) {
          clock = dueAt;
        }
        ClockUtil.setCurrentTime(Date.from(dueAt.isBefore(was) ? was : dueAt));
        try {
          management.executeJob(timer.getId());
          timersFired++;
        } catch (RuntimeException e) {
          LOG.warn("演示历史：定时任务 {} ({}) 失败：{}", timer.getId(), timer.getProcessInstanceId(), e.getMessage());
        }
        runAsyncSteps();
        DemoCase plan = byInstance.get(timer.getProcessInstanceId());
        if (plan != null) {
          scheduleOpenTasks(plan);
        }
        setClock(at);
      }
    }

    /** The asynchronous steps (notifications, bookings, archives) that are due now. */
    private void runAsyncSteps() {
      DueAsyncSteps.run(management, management::createJobQuery, (job, e) -> LOG.warn(
          "演示历史：异步步骤 {} ({}) 失败：{}", job.getId(), job.getProcessInstanceId(), e.getMessage()));
    }

    // --- cases and tasks ---------------------------------------------------------------------------------------

    private void start(DemoCase plan) {
      Map<String, Object> variables = plan.startVariables(EngineClock.now());
      String definitionId = definitionIds.computeIfAbsent(plan.processKey, key -> engine.getRepositoryService()
          .createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId());
      try {
        String id = as(plan.starter, () -> forms.submitStartForm(definitionId, variables).getId());
        plan.instanceId = id;
        byInstance.put(id, plan);
        started.merge(plan.processKey, 1, Integer::sum);
      } catch (RuntimeException e) {
        stuck++;
        LOG.warn("演示历史：{} 发起失败（{}）：{}", plan.processKey, plan.starter, e.getMessage());
        return;
      }
      runAsyncSteps();
      scheduleOpenTasks(plan);
    }

    /** Each task not yet planned gets its moment: within its due time, or past it for a late one. */
    private void scheduleOpenTasks(DemoCase plan) {
      if (plan.stuck) {
        return;
      }
      for (Task task : tasks.createTaskQuery().processInstanceId(plan.instanceId).list()) {
        if (!scheduledTasks.add(task.getId())) {
          continue;
        }
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
            .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).filter(g -> g != null)
            .sorted().toList();
        Instant created = task.getCreateTime().toInstant();
        if (created.isBefore(clock)) {
          created = clock;
        }
        boolean personal = task.getAssignee() != null && groups.isEmpty();
        schedule(new Event(when(plan, task, created, personal), sequence++, plan, task.getId(), groups));
      }
    }

    private Instant when(DemoCase plan, Task task, Instant created, boolean personal) {
      Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
      // A task given to one person by name (a reply, a repair, a measurement) is done in time: once overdue it
      // gets the escalation group as candidate, and the duty check then refuses its own assignee (reported).
      if (due != null && due.isAfter(created) && !personal && plan.mayBeLate(task.getTaskDefinitionKey())
          && random.nextDouble() < plan.lateness) {
        return hours.plusWorkingTime(due, Duration.ofMinutes(30 + random.nextInt(600)));
      }
      Duration room = due != null && due.isAfter(created)
          ? hours.workingTimeBetween(created, due) : Duration.ofHours(4);
      if (room.isZero() || room.isNegative()) {
        room = Duration.ofHours(2);
      }
      long minutes = Math.max(5, (long) (room.toMinutes() * (0.1 + 0.7 * random.nextDouble())));
      Instant at = hours.plusWorkingTime(hours.nextWorkingMoment(created), Duration.ofMinutes(minutes));
      if (personal && due != null && !at.isBefore(due)) {
        at = due.isAfter(created.plusSeconds(120)) ? due.minusSeconds(60) : created.plusSeconds(60);
      }
      return at;
    }

    private void work(Event event) {
      DemoCase plan = event.plan();
      Task task = tasks.createTaskQuery().taskId(event.taskId()).singleResult();
      if (task == null) {
        scheduleOpenTasks(plan);
        return;
      }
      String office = task.getTenantId();
      String user = task.getAssignee() != null ? task.getAssignee()
          : plan.whoDoes(task.getTaskDefinitionKey(), event.groups(), office);
      if (user == null) {
        stuck(plan, task, "本处无人可办 " + event.groups());
        return;
      }
      List<Map<String, Object>> attempts = plan.formFor(task.getTaskDefinitionKey(), new TaskView(task, user));
      if (attempts.isEmpty() && plan.tryAgainLater && plan.retries++ < 10) {
        // Nobody can take it today (every designer of the grade at the day's or the week's cap): next morning.
        plan.tryAgainLater = false;
        schedule(new Event(hours.nextWorkingMoment(clock.plus(Duration.ofHours(15))), sequence++, plan,
            event.taskId(), event.groups()));
        return;
      }
      RuntimeException refused = null;
      for (Map<String, Object> variables : attempts) {
        try {
          as(user, () -> {
            if (task.getAssignee() == null) {
              tasks.claim(task.getId(), user);
            }
            forms.submitTaskForm(task.getId(), variables);
            return null;
          });
          refused = null;
          break;
        } catch (RuntimeException e) {
          refused = e;
        }
      }
      if (refused != null) {
        stuck(plan, task, refused.getMessage());
        return;
      }
      tasksCompleted++;
      runAsyncSteps();
      scheduleOpenTasks(plan);
    }

    private void stuck(DemoCase plan, Task task, String why) {
      plan.stuck = true;
      stuck++;
      LOG.warn("演示历史：{} {} 停在「{}」：{}", plan.processKey, runtime.getVariable(plan.instanceId, "caseNo"),
          task.getName(), why);
    }

    // --- staff -------------------------------------------------------------------------------------------------

    /** The logins of a group in an office (tenant), in a fixed order. */
    private List<String> members(String group, String office) {
      return membersCache.computeIfAbsent(group + "@" + office, key -> identity.createUserQuery()
          .memberOfGroup(group).memberOfTenant(office).orderByUserId().asc().list().stream().map(User::getId)
          .toList());
    }

    /** Does something logged in as that person with their groups and offices, as Tasklist would. */
    private <T> T as(String user, Supplier<T> work) {
      identity.setAuthentication(user,
          groupsCache.computeIfAbsent(user, u -> identity.createGroupQuery().groupMember(u).list().stream()
              .map(Group::getId).toList()),
          tenantsCache.computeIfAbsent(user, u -> identity.createTenantQuery().userMember(u)
              .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList()));
      try {
        return work.get();
      } finally {
        identity.clearAuthentication();
      }
    }

    /** A moment in working hours within the period, uniformly over its working time. */
    private Instant randomWorkingMoment() {
      long span = until.toEpochMilli() - from.toEpochMilli();
      for (int i = 0; i < 1000; i++) {
        Instant at = from.plusMillis((long) (random.nextDouble() * span));
        // Not in the last working hour of the day: a case is taken while there is time to work on it.
        if (hours.isWorkingTime(at) && hours.isWorkingTime(at.plus(Duration.ofMinutes(30)))) {
          return at;
        }
      }
      return hours.nextWorkingMoment(from);
    }
  }

  /** A start (taskId null) or a task's completion at a simulated moment. */
  private record Event(Instant at, long sequence, DemoCase plan, String taskId, List<String> groups) {}

  /** What a case's form sees of its task: the task, who works on it, and its variables. */
  final class TaskView {
    final Task task;
    final String user;

    TaskView(Task task, String user) {
      this.task = task;
      this.user = user;
    }

    Object variable(String name) {
      return tasks.getVariable(task.getId(), name);
    }

    /** The values a select of the form offers (a list of {label, value} the task was given). */
    @SuppressWarnings("unchecked")
    List<String> choices(String name) {
      Object offered = tasks.getVariableLocal(task.getId(), name);
      if (!(offered instanceof List<?> list)) {
        return List.of();
      }
      return ((List<Map<String, Object>>) list).stream().map(o -> String.valueOf(o.get("value"))).toList();
    }

    LocalDate today() {
      return EngineClock.now().toLocalDate();
    }

    /** The designers of a grade a forced dispatch may still go to (under the day's and the week's caps), fairest first. */
    List<String> designersUnderHardCaps(String grade) {
      return designers.of(grade, task.getTenantId(), EngineClock.now()).stream()
          .filter(DesignerChoice.Candidate::underHardCaps)
          .sorted(Comparator.comparingInt((DesignerChoice.Candidate c) -> c.load().dispatchedThisWeek())
              .thenComparing(DesignerChoice.Candidate::id))
          .map(DesignerChoice.Candidate::id).toList();
    }
  }
}
