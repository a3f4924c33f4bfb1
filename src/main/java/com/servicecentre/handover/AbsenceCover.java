package com.servicecentre.handover;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.StandIns;
import com.servicecentre.identity.StaffChoices;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.springframework.stereotype.Component;

/**
 * Who holds an absent person's tasks: the deputy they named (if the deputy is away too, the deputy's deputy), or
 * nobody — then the task goes back to its candidate groups, or, for a task given to one person by name (a
 * technician's job, a designer's order), to the groups of its {@code department}. A task that would be assigned to
 * someone who is away goes to that holder as it is created or handed over ({@link #onAssignment}), unless the
 * person took it themselves.
 */
@Component
public class AbsenceCover implements StandIns {

  static final String DEPARTMENT = "department";
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** An absence and who holds the person's tasks meanwhile (null: their group). */
  record Cover(Absence absence, String deputy) {}

  private final Absences absences;
  private final HandoverLog log;

  public AbsenceCover(Absences absences, HandoverLog log) {
    this.absences = absences;
    this.log = log;
  }

  Optional<Cover> coverOf(String user, LocalDateTime now) {
    return absences.current(user, now).map(absence -> new Cover(absence, deputyOf(absence, now)));
  }

  /** The deputy, or the deputy's deputy when the deputy is away too; null when the chain comes back round. */
  String deputyOf(Absence absence, LocalDateTime now) {
    Set<String> seen = new HashSet<>(Set.of(absence.userId()));
    String next = absence.deputy();
    while (next != null && seen.add(next)) {
      Optional<Absence> away = absences.current(next, now);
      if (away.isEmpty()) {
        return next;
      }
      next = away.get().deputy();
    }
    return null;
  }

  @Override
  public boolean standsInFor(String deputy, String absentUser) {
    return deputy != null && absentUser != null
        && coverOf(absentUser, EngineClock.now()).map(cover -> deputy.equals(cover.deputy())).orElse(false);
  }

  /** Where one task of an absent person goes: to {@code user}, or to its groups ({@code opened} added to them). */
  record Placement(String user, List<String> opened) {}

  /**
   * The deputy takes a task they may do (a member of its candidate groups or department, or any task without
   * groups) in the task's office ({@code office}, the case's tenant; null: any); otherwise it goes back to its
   * candidate groups, or a personal task is opened to its department. Null: nobody else may do it, and it waits
   * for its person.
   */
  static Placement place(String deputy, Set<String> candidateGroups, List<String> department, String office,
      IdentityService identity) {
    Set<String> taskGroups = new HashSet<>(candidateGroups);
    taskGroups.addAll(department);
    if (deputy != null && worksIn(deputy, office, identity) && (taskGroups.isEmpty()
        || identity.createGroupQuery().groupMember(deputy).groupIdIn(taskGroups.toArray(String[]::new)).count() > 0)) {
      return new Placement(deputy, List.of());
    }
    if (!candidateGroups.isEmpty()) {
      return new Placement(null, List.of());
    }
    return department.isEmpty() ? null : new Placement(null, department);
  }

  /** A deputy of another office could not even see the task: it goes back to the office's group instead. */
  private static boolean worksIn(String userId, String office, IdentityService identity) {
    return office == null || identity.createTenantQuery().tenantId(office).userMember(userId)
        .includingGroupsOfUser(true).count() > 0;
  }

  /** The assignment listener on every user task: a task for someone who is away goes to who holds their work. */
  void onAssignment(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null) {
      return;
    }
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    if (caller != null && assignee.equals(caller.getUserId())) {
      return; // took it themselves, away or not
    }
    LocalDateTime now = EngineClock.now();
    Optional<Cover> found = coverOf(assignee, now);
    if (found.isEmpty()) {
      return;
    }
    Cover cover = found.get();
    Placement placement = place(cover.deputy(), candidateGroups(task.getCandidates()),
        department(task.getBpmnModelElementInstance()), task.getTenantId(), identity);
    if (placement == null) {
      return;
    }
    placement.opened().forEach(task::addCandidateGroup);
    task.setAssignee(placement.user());
    log.record(new HandoverLog.Handover(task.getProcessInstanceId(), task.getId(), task.getName(), assignee,
        placement.user(), placement.opened().isEmpty() ? null : String.join(",", placement.opened()),
        cover.absence().enteredBy(), HandoverLog.ABSENCE_NEW_TASK, cover.absence().id(),
        reason(cover, placement, identity), now));
  }

  /** "刘强 请假 #3（2026-07-20 00:00 至 2026-07-23 00:00），由 陈杰 代理" — why a task moved. */
  static String reason(Cover cover, Placement placement, IdentityService identity) {
    Absence absence = cover.absence();
    String to;
    if (placement.user() != null) {
      to = "由 " + name(placement.user(), identity) + " 代理";
    } else if (cover.deputy() != null) {
      to = "代理人 " + name(cover.deputy(), identity) + " 不办理此任务，交回本组";
    } else {
      to = "无代理人，任务交回本组";
    }
    return name(absence.userId(), identity) + " " + absence.label() + "（" + SHOWN.format(absence.startsAt()) + " 至 "
        + SHOWN.format(absence.endsAt()) + "），" + to;
  }

  /** A person as staff know them (张伟), or the login when nobody has it. */
  public static String name(String userId, IdentityService identity) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : StaffChoices.nameOf(user);
  }

  static Set<String> candidateGroups(Iterable<? extends IdentityLink> links) {
    Set<String> groups = new HashSet<>();
    for (IdentityLink link : links) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  /** The groups a personal task belongs to (its {@code department} property in the model). */
  static List<String> department(BaseElement userTask) {
    List<String> groups = new ArrayList<>();
    if (userTask != null && userTask.getExtensionElements() != null) {
      userTask.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
          .forEach(properties -> properties.getCamundaProperties().forEach(property -> {
            if (DEPARTMENT.equals(property.getCamundaName()) && property.getCamundaValue() != null
                && !property.getCamundaValue().isBlank()) {
              groups.addAll(List.of(property.getCamundaValue().trim().split("\\s*,\\s*")));
            }
          }));
    }
    return groups;
  }
}
