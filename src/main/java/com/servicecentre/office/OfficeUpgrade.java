package com.servicecentre.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-off step after the upgrade to offices (V18__offices.sql): the cases started before offices existed
 * belong to the default office of their process's kind (the first in offices.yml: A01 for complaints, repairs and
 * move-outs, S01 for leads), in Camunda's runtime and history tables, and so do the register and ledger rows of
 * that time. Runs while office_upgrade holds its row, which it deletes in the same transaction as its work: the
 * node whose DELETE took the row does the work, a node starting at the same time waits for that row lock and then
 * finds nothing to do. Process and decision definitions stay shared (no office).
 */
@Component
public class OfficeUpgrade {

  static final String STEP = "cases-to-default-office";

  private static final Logger LOG = LoggerFactory.getLogger(OfficeUpgrade.class);
  private static final int CHUNK = 500;

  /** Camunda's tables with TENANT_ID_ that hold a case's rows, and the column naming the process instance. */
  private static final Map<String, String> RUNTIME = ordered(
      "ACT_RU_EXECUTION", "PROC_INST_ID_",
      "ACT_RU_TASK", "PROC_INST_ID_",
      "ACT_RU_VARIABLE", "PROC_INST_ID_",
      "ACT_RU_JOB", "PROCESS_INSTANCE_ID_",
      "ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_",
      "ACT_RU_INCIDENT", "PROC_INST_ID_",
      "ACT_RU_EXT_TASK", "PROC_INST_ID_");
  /** History tables name the case (the root process instance, for a called repair the move-out) on every row. */
  private static final List<String> HISTORY = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
      "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT",
      "ACT_HI_OP_LOG", "ACT_HI_INCIDENT", "ACT_HI_JOB_LOG", "ACT_HI_EXT_TASK_LOG", "ACT_HI_DECINST",
      "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT",
      // the serialized values of a case's variables and their history
      "ACT_GE_BYTEARRAY");
  /** The project's registers and ledgers (V18) and the kind of office whose cases they record. */
  private static final Map<String, String> REGISTERS = ordered(
      "complaint_register", Office.PROPERTY,
      "repair_register", Office.PROPERTY,
      "fee_ledger", Office.PROPERTY,
      "move_out_register", Office.PROPERTY,
      "lead_register", Office.RENOVATION,
      "lead_commission", Office.RENOVATION,
      "lead_filing", Office.RENOVATION,
      "lead_claim", Office.RENOVATION);

  private final JdbcTemplate jdbc;
  private final OfficesFile file;

  public OfficeUpgrade(JdbcTemplate jdbc, OfficesFile file) {
    this.jdbc = jdbc;
    this.file = file;
  }

  /** Does the step if it is still to be done; answers the rows moved per table (empty when there was nothing to do). */
  @Transactional
  public Map<String, Integer> run() {
    if (jdbc.update("DELETE FROM office_upgrade WHERE step = ?", STEP) == 0) {
      return Map.of();
    }
    Map<String, Integer> moved = new LinkedHashMap<>();
    // The office of each case: the default office of the kind that runs its process (a called repair's, that
    // of the move-out that called it). Cases of a process the offices file does not name stay without office.
    Map<String, String> officeOfCase = new HashMap<>();
    jdbc.query("SELECT e.ID_, d.KEY_ FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_"
        + " WHERE e.ID_ = e.ROOT_PROC_INST_ID_", rs -> {
          putOffice(officeOfCase, rs.getString(1), rs.getString(2));
        });
    jdbc.query("SELECT PROC_INST_ID_, PROC_DEF_KEY_ FROM ACT_HI_PROCINST WHERE PROC_INST_ID_ = ROOT_PROC_INST_ID_",
        rs -> {
          putOffice(officeOfCase, rs.getString(1), rs.getString(2));
        });
    Map<String, String> officeOfInstance = new HashMap<>();
    jdbc.query("SELECT ID_, ROOT_PROC_INST_ID_ FROM ACT_RU_EXECUTION WHERE ID_ = PROC_INST_ID_", rs -> {
      String office = officeOfCase.get(rs.getString(2));
      if (office != null) {
        officeOfInstance.put(rs.getString(1), office);
      }
    });
    RUNTIME.forEach((table, column) -> moved.put(table, move(table, column, officeOfInstance, true)));
    // A task's candidates and assignee: the link names the task, not the case.
    Map<String, String> officeOfTask = new HashMap<>();
    jdbc.query("SELECT ID_, PROC_INST_ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ IS NOT NULL", rs -> {
      String office = officeOfInstance.get(rs.getString(2));
      if (office != null) {
        officeOfTask.put(rs.getString(1), office);
      }
    });
    moved.put("ACT_RU_IDENTITYLINK", move("ACT_RU_IDENTITYLINK", "TASK_ID_", officeOfTask, true));
    for (String table : HISTORY) {
      moved.put(table, move(table, "ROOT_PROC_INST_ID_", officeOfCase, false));
    }
    REGISTERS.forEach((table, kind) -> {
      String office = defaultOf(kind);
      if (office != null) {
        moved.put(table, jdbc.update("UPDATE " + table + " SET office = ? WHERE office IS NULL", office));
      }
    });
    // The steps' times are of every process: each row by the kind of office that runs its process.
    int steps = 0;
    for (Office office : file.offices().stream().map(OfficesFile.Entry::office).toList()) {
      if (office.code().equals(defaultOf(office.kind()))) {
        for (String processKey : file.processesOf(office.kind())) {
          steps += jdbc.update("UPDATE case_step_time SET office = ? WHERE office IS NULL AND process_key = ?",
              office.code(), processKey);
        }
      }
    }
    moved.put("case_step_time", steps);
    moved.values().removeIf(count -> count == 0);
    LOG.info("Cases from before offices moved to the default office of their kind ({} property, {} renovation);"
        + " rows per table: {}", defaultOf(Office.PROPERTY), defaultOf(Office.RENOVATION), moved);
    return moved;
  }

  private void putOffice(Map<String, String> officeOfCase, String caseId, String processKey) {
    String kind = file.kindOf(processKey);
    if (kind != null) {
      officeOfCase.put(caseId, file.defaultOffice(kind));
    }
  }

  /** The default office of a kind, or null when the file has none of that kind (nor processes it would run). */
  private String defaultOf(String kind) {
    return file.offices().stream().anyMatch(e -> e.office().kind().equals(kind)) ? file.defaultOffice(kind) : null;
  }

  /**
   * Sets the office on the table's rows without one whose column names an id of the map. Runtime rows get a new
   * revision too: a job that read the row before this step then fails its optimistic lock and runs again with the
   * office, instead of writing the row back without it.
   */
  private int move(String table, String column, Map<String, String> officeOf, boolean runtime) {
    Map<String, List<String>> idsByOffice = new HashMap<>();
    officeOf.forEach((id, office) -> idsByOffice.computeIfAbsent(office, o -> new ArrayList<>()).add(id));
    int count = 0;
    for (Map.Entry<String, List<String>> entry : idsByOffice.entrySet()) {
      List<String> ids = entry.getValue();
      for (int from = 0; from < ids.size(); from += CHUNK) {
        List<String> chunk = ids.subList(from, Math.min(from + CHUNK, ids.size()));
        List<Object> args = new ArrayList<>();
        args.add(entry.getKey());
        args.addAll(chunk);
        count += jdbc.update("UPDATE " + table + " SET TENANT_ID_ = ?" + (runtime ? ", REV_ = REV_ + 1" : "")
            + " WHERE TENANT_ID_ IS NULL AND " + column + " IN (" + String.join(",", chunk.stream()
            .map(id -> "?").toList()) + ")", args.toArray());
      }
    }
    return count;
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
