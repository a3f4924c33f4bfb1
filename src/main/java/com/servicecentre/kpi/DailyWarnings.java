package com.servicecentre.kpi;

import com.servicecentre.common.EngineClock;
import com.servicecentre.complaint.ComplaintProcess;
import com.servicecentre.kpi.DailyWarning.WarningCase;
import com.servicecentre.lead.LeadProcess;
import com.servicecentre.moveout.MoveOutProcess;
import com.servicecentre.office.Office;
import com.servicecentre.repair.RepairProcess;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what a 日预警 says for an office on a day, from the cases as they stand now: the engine's open tasks with a
 * due date (every process, its step and due time), a repair's arrival and completion due dates in its register when
 * the job has no timed task open (waiting for a dispatch round, say), and the complaints and repairs still open after
 * being reopened at least {@code service-centre.kpi.reports.reopened-at-least} times (default 2). "Due today" and
 * "overdue" are read on the day in the office's calendar zone: due during the day, and due before it began.
 *
 * <p>A re-run for a past day reads the cases as they stand at the re-run (the engine keeps no open-task list of the
 * past): what is still open and was due that day or before.
 */
@Component
class DailyWarnings {

  private static final String ARRIVAL = "上门到场";
  private static final String COMPLETION = "维修完工";

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final JdbcTemplate jdbc;
  private final OfficeDepartments departments;
  private final KpiCatalogue catalogue;
  private final int reopenedAtLeast;

  DailyWarnings(TaskService tasks, RuntimeService runtime, JdbcTemplate jdbc, OfficeDepartments departments,
      KpiCatalogue catalogue, @Value("${service-centre.kpi.reports.reopened-at-least:2}") int reopenedAtLeast) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.jdbc = jdbc;
    this.departments = departments;
    this.catalogue = catalogue;
    this.reopenedAtLeast = reopenedAtLeast;
  }

  /** The warning of each department the office has (and of any other with cases), and the office's own ("*"). */
  Map<String, DailyWarning> of(Office office, LocalDate day, ZoneId zone) {
    Instant dayStarts = day.atStartOfDay(zone).toInstant();
    Instant dayEnds = day.plusDays(1).atStartOfDay(zone).toInstant();
    List<WarningCase> due = new ArrayList<>();
    Set<String> withTask = new HashSet<>();
    for (String process : List.of(ComplaintProcess.KEY, RepairProcess.KEY, MoveOutProcess.KEY, LeadProcess.KEY)) {
      List<Task> open = tasks.createTaskQuery().tenantIdIn(office.code()).processDefinitionKey(process)
          .dueBefore(Date.from(dayEnds)).list();
      Map<String, CaseOf> cases = casesOf(process, open.stream().map(Task::getProcessInstanceId).distinct()
          .toList());
      for (Task task : open) {
        CaseOf c = cases.get(task.getProcessInstanceId());
        if (c == null || c.caseNo() == null) {
          continue;
        }
        withTask.add(c.caseNo());
        due.add(new WarningCase(c.caseNo(), process, c.department(), task.getName(),
            EngineClock.local(task.getDueDate()), 0));
      }
    }
    LocalDateTime end = LocalDateTime.ofInstant(dayEnds, EngineClock.ZONE);
    jdbc.query("""
        SELECT job_no, arrival_due, completion_due, arrived_at, completed_at, status FROM repair_register
        WHERE office = ? AND status IN ('open', 'dispatched', 'reopened')
          AND ((arrived_at IS NULL AND arrival_due < ?) OR (completed_at IS NULL AND completion_due < ?))""", rs -> {
      String jobNo = rs.getString("job_no");
      if (withTask.contains(jobNo)) {
        return;
      }
      Timestamp arrival = rs.getTimestamp("arrival_due");
      Timestamp completion = rs.getTimestamp("completion_due");
      if (rs.getTimestamp("arrived_at") == null && arrival != null && arrival.toLocalDateTime().isBefore(end)) {
        due.add(new WarningCase(jobNo, RepairProcess.KEY, "maintenance", ARRIVAL, arrival.toLocalDateTime(), 0));
      } else if (rs.getTimestamp("completed_at") == null && completion != null
          && completion.toLocalDateTime().isBefore(end)) {
        due.add(new WarningCase(jobNo, RepairProcess.KEY, "maintenance", COMPLETION, completion.toLocalDateTime(),
            0));
      }
    }, office.code(), Timestamp.valueOf(end), Timestamp.valueOf(end));

    List<WarningCase> reopened = new ArrayList<>();
    jdbc.query("""
        SELECT complaint_no, responsible_group, reopen_count FROM complaint_register
        WHERE office = ? AND status <> 'closed' AND reopen_count >= ?""", rs -> {
      reopened.add(new WarningCase(rs.getString(1), ComplaintProcess.KEY, departments.ofComplaint(rs.getString(2)),
          "多次重开", null, rs.getInt(3)));
    }, office.code(), reopenedAtLeast);
    jdbc.query("""
        SELECT job_no, reopen_count FROM repair_register
        WHERE office = ? AND status <> 'closed' AND reopen_count >= ?""", rs -> {
      reopened.add(new WarningCase(rs.getString(1), RepairProcess.KEY, "maintenance", "多次返修", null,
          rs.getInt(2)));
    }, office.code(), reopenedAtLeast);

    LocalDateTime start = LocalDateTime.ofInstant(dayStarts, EngineClock.ZONE);
    Comparator<WarningCase> byDue = Comparator.comparing(WarningCase::due).thenComparing(WarningCase::caseNo)
        .thenComparing(WarningCase::step);
    List<WarningCase> overdue = due.stream().filter(c -> c.due().isBefore(start)).sorted(byDue).toList();
    List<WarningCase> today = due.stream().filter(c -> !c.due().isBefore(start)).sorted(byDue).toList();
    List<WarningCase> again = reopened.stream().sorted(Comparator.comparing(WarningCase::reopenCount).reversed()
        .thenComparing(WarningCase::caseNo)).toList();

    List<String> shown = new ArrayList<>(departments.of(office));
    Set<String> anyCase = new HashSet<>();
    due.forEach(c -> anyCase.add(c.department()));
    reopened.forEach(c -> anyCase.add(c.department()));
    catalogue.departments().stream().map(KpiDepartment::id).filter(d -> anyCase.contains(d) && !shown.contains(d))
        .forEach(shown::add);
    Map<String, DailyWarning> warnings = new LinkedHashMap<>();
    warnings.put(KpiReports.WHOLE_OFFICE, new DailyWarning(day, office.code(), KpiReports.WHOLE_OFFICE,
        office.name(), today, overdue, again));
    for (String department : shown) {
      Function<List<WarningCase>, List<WarningCase>> mine =
          list -> list.stream().filter(c -> department.equals(c.department())).toList();
      warnings.put(department, new DailyWarning(day, office.code(), department,
          catalogue.department(department).map(KpiDepartment::name).orElse(department), mine.apply(today),
          mine.apply(overdue), mine.apply(again)));
    }
    return warnings;
  }

  /**
   * Per process instance of these tasks: its case number and department, from the process's register (a lead not
   * yet numbered, or a case the register does not have, is named by its business key).
   */
  private Map<String, CaseOf> casesOf(String process, List<String> instances) {
    Map<String, CaseOf> cases = new HashMap<>();
    if (instances.isEmpty()) {
      return cases;
    }
    String sql = switch (process) {
      case ComplaintProcess.KEY ->
          "SELECT process_instance_id, complaint_no, responsible_group FROM complaint_register";
      case RepairProcess.KEY -> "SELECT process_instance_id, job_no, NULL FROM repair_register";
      case MoveOutProcess.KEY -> "SELECT process_instance_id, case_no, NULL FROM move_out_register";
      default -> "SELECT process_instance_id, lead_no, designer FROM lead_register";
    };
    for (int i = 0; i < instances.size(); i += 500) {
      List<String> chunk = instances.subList(i, Math.min(instances.size(), i + 500));
      jdbc.query(sql + " WHERE process_instance_id IN (" + String.join(", ", chunk.stream().map(x -> "?").toList())
          + ")", rs -> {
        cases.put(rs.getString(1), new CaseOf(rs.getString(2), department(process, rs.getString(3))));
      }, chunk.toArray());
    }
    List<String> missing = instances.stream().filter(id -> !cases.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      for (ProcessInstance p : runtime.createProcessInstanceQuery().processInstanceIds(new HashSet<>(missing))
          .list()) {
        cases.put(p.getId(), new CaseOf(p.getBusinessKey(), department(process, null)));
      }
    }
    return cases;
  }

  /** {@code said}: a complaint's responsible group, a lead's designer (null: not yet decided). */
  private String department(String process, String said) {
    return switch (process) {
      case ComplaintProcess.KEY -> departments.ofComplaint(said);
      case LeadProcess.KEY -> OfficeDepartments.ofLead(said);
      default -> OfficeDepartments.ofProcess(process);
    };
  }

  private record CaseOf(String caseNo, String department) {}
}
