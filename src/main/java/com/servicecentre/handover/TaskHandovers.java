package com.servicecentre.handover;

import com.servicecentre.common.EngineClock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 任务移交 (因出差、休假把当前事务转交给他人，到期后自动恢复): when an absence begins, the person's open personal tasks
 * go to who holds their work (see {@link AbsenceCover}); when it ends, the tasks that were moved and are still open
 * and still where they were put come back to them. A task someone else took meanwhile (a colleague from the group,
 * or a head who reassigned it) stays where it is. Each start and end is one transaction that begins by claiming the
 * absence's row, so with several nodes exactly one moves the tasks.
 */
@Component
public class TaskHandovers {

  private static final Logger LOG = LoggerFactory.getLogger(TaskHandovers.class);

  private final Absences absences;
  private final AbsenceCover cover;
  private final HandoverLog log;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final TransactionTemplate transaction;

  public TaskHandovers(Absences absences, AbsenceCover cover, HandoverLog log, TaskService tasks,
      RepositoryService repository, IdentityService identity, PlatformTransactionManager transactions) {
    this.absences = absences;
    this.cover = cover;
    this.log = log;
    this.tasks = tasks;
    this.repository = repository;
    this.identity = identity;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Ends what is over and starts what has begun, on the engine clock; the number of absences handled. */
  public int runDue() {
    int handled = 0;
    LocalDateTime now = EngineClock.now();
    for (long id : absences.dueToEnd(now)) {
      handled += safely(id, () -> end(id, null));
    }
    for (long id : absences.dueToStart(now)) {
      handled += safely(id, () -> start(id));
    }
    return handled;
  }

  private static int safely(long id, BooleanSupplier step) {
    try {
      return step.getAsBoolean() ? 1 : 0;
    } catch (RuntimeException e) {
      // A task changed under us (completed, suspended) rolls this absence back; the next run tries again.
      LOG.warn("Absence {} not handled this time: {}", id, e.getMessage());
      return 0;
    }
  }

  /** Moves the tasks of an absence that has begun; false when another node (or call) did it already. */
  public boolean start(long id) {
    return Boolean.TRUE.equals(transaction.execute(status -> {
      LocalDateTime now = EngineClock.now();
      if (!absences.claimStart(id, now)) {
        return false;
      }
      Absence absence = absences.find(id).orElseThrow();
      AbsenceCover.Cover holder = new AbsenceCover.Cover(absence, cover.deputyOf(absence, now));
      for (Task task : tasks.createTaskQuery().taskAssignee(absence.userId()).active().list()) {
        AbsenceCover.Placement placement = AbsenceCover.place(holder.deputy(),
            AbsenceCover.candidateGroups(tasks.getIdentityLinksForTask(task.getId())),
            AbsenceCover.department(repository.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey())), task.getTenantId(), identity);
        if (placement == null) {
          continue; // nobody else may do it
        }
        placement.opened().forEach(group -> tasks.addCandidateGroup(task.getId(), group));
        tasks.setAssignee(task.getId(), placement.user());
        log.record(new HandoverLog.Handover(task.getProcessInstanceId(), task.getId(), task.getName(),
            absence.userId(), placement.user(), placement.opened().isEmpty() ? null
            : String.join(",", placement.opened()), absence.enteredBy(), HandoverLog.ABSENCE_START, absence.id(),
            AbsenceCover.reason(holder, placement, identity), now));
      }
      return true;
    }));
  }

  /**
   * Closes an absence — at its end, or earlier when {@code by} withdraws it — and gives the moved tasks back;
   * false when it was closed already.
   */
  public boolean end(long id, String by) {
    return Boolean.TRUE.equals(transaction.execute(status -> {
      LocalDateTime now = EngineClock.now();
      if (!absences.claimEnd(id, now, by)) {
        return false;
      }
      Absence absence = absences.find(id).orElseThrow();
      Map<String, HandoverLog.Handover> lastMove = new LinkedHashMap<>();
      log.movedAwayBy(id).forEach(move -> lastMove.put(move.taskId(), move));
      String reason = name(absence.userId()) + " " + absence.label() + (by == null ? " 结束" : " 由 " + name(by)
          + " 提前结束") + "，任务交还本人";
      for (HandoverLog.Handover move : lastMove.values()) {
        Task task = tasks.createTaskQuery().taskId(move.taskId()).active().singleResult();
        if (task == null) {
          continue; // done
        }
        // The groups the absence opened a personal task to are closed again in any case: a colleague who took it
        // keeps it, but the whole department must not go on being able to work on someone's personal task.
        if (move.toGroups() != null) {
          for (String group : move.toGroups().split(",")) {
            tasks.deleteCandidateGroup(task.getId(), group);
          }
        }
        if (!Objects.equals(task.getAssignee(), move.toUser())) {
          continue; // someone else holds it now
        }
        tasks.setAssignee(task.getId(), absence.userId());
        log.record(new HandoverLog.Handover(task.getProcessInstanceId(), task.getId(), task.getName(),
            move.toUser(), absence.userId(), null, by == null ? absence.enteredBy() : by, HandoverLog.ABSENCE_END,
            absence.id(), reason, now));
      }
      return true;
    }));
  }

  private String name(String userId) {
    return AbsenceCover.name(userId, identity);
  }
}
