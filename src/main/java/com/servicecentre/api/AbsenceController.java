package com.servicecentre.api;

import com.servicecentre.common.EngineClock;
import com.servicecentre.handover.Absence;
import com.servicecentre.handover.AbsenceCover;
import com.servicecentre.handover.AbsenceRefused;
import com.servicecentre.handover.AbsenceRequest;
import com.servicecentre.handover.Absences;
import com.servicecentre.handover.HandoverLog;
import com.servicecentre.handover.TaskHandovers;
import com.servicecentre.identity.StaffChoices;
import com.servicecentre.office.Offices;
import com.servicecentre.security.Departments;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 请假与代理: a staff member enters their own absence (请假/出差, from, to, deputy), or their department head does
 * (staff.yml {@code heads}); the deputy is a colleague from one of the absent person's groups, or nobody (the tasks
 * go back to the group). Who entered it comes from the login. While it lasts, {@link TaskHandovers} keeps the
 * person's tasks with the deputy; withdrawing it (DELETE) ends it at once and gives the tasks back.
 */
@RestController
@RequestMapping("/api/absences")
public class AbsenceController {

  /** What a person enters; {@code user} is left out for one's own absence. */
  public record Entry(String user, String kind, String from, String to, String deputy, String note) {}

  private static final Map<String, String> STATES = Map.of(Absence.PLANNED, "未开始", Absence.ACTIVE, "进行中",
      Absence.ENDED, "已结束", Absence.CANCELLED, "已撤销");

  private final Absences absences;
  private final TaskHandovers handovers;
  private final HandoverLog log;
  private final Departments departments;
  private final IdentityService identity;
  private final Offices offices;

  public AbsenceController(Absences absences, TaskHandovers handovers, HandoverLog log, Departments departments,
      IdentityService identity, Offices offices) {
    this.offices = offices;
    this.absences = absences;
    this.handovers = handovers;
    this.log = log;
    this.departments = departments;
    this.identity = identity;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> enter(HttpServletRequest request, @RequestBody(required = false) Entry entry) {
    StaffMember member = StaffMember.of(request);
    if (entry == null) {
      throw new ApiException(400, "请填写请假或出差的类型(kind)、开始时间(from)、结束时间(to)");
    }
    String user = entry.user() == null || entry.user().isBlank() ? member.userId() : entry.user().trim();
    mayManage(member, user, "登记"); // first, so that nobody learns which logins exist by trying
    if (identity.createUserQuery().userId(user).count() == 0) {
      throw new ApiException(400, "输入有误 — user(请假人): 没有名为 \"" + shortened(user) + "\" 的员工");
    }
    LocalDateTime now = EngineClock.now();
    AbsenceRequest absence;
    try {
      absence = AbsenceRequest.read(user, entry.kind(), entry.from(), entry.to(), entry.deputy(), entry.note(), now);
    } catch (AbsenceRefused refused) {
      throw new ApiException(refused.status(), "输入有误 — " + refused.getMessage());
    }
    List<String> problems = new ArrayList<>();
    if (absence.deputy() != null) {
      if (identity.createUserQuery().userId(absence.deputy()).count() == 0) {
        problems.add("deputy(代理人): 没有名为 \"" + shortened(absence.deputy()) + "\" 的员工");
      } else if (Collections.disjoint(groupsOf(user), groupsOf(absence.deputy()))) {
        problems.add("deputy(代理人): " + name(absence.deputy()) + " 不是 " + name(user) + " 所在组的成员，请选本组同事");
      } else if (!sameOffice(user, absence.deputy())) {
        problems.add("deputy(代理人): " + name(absence.deputy()) + " 不在 " + name(user) + " 的管理处或门店工作，请选本处同事");
      }
    }
    for (Absence earlier : absences.overlapping(user, absence.startsAt(), absence.endsAt())) {
      problems.add("from(开始时间): 与已登记的" + earlier.label() + "（" + shown(earlier.startsAt()) + " 至 "
          + shown(earlier.endsAt()) + "）时间重叠");
    }
    if (!problems.isEmpty()) {
      throw new ApiException(400, "输入有误 — " + String.join("; ", problems));
    }
    long id = absences.insert(absence, member.userId(), now);
    if (!absence.startsAt().isAfter(now)) {
      handovers.start(id); // already begun: the tasks move now, not at the next scheduled run
    }
    return view(absences.find(id).orElseThrow());
  }

  /** One's own absences and those of the people one heads (administrators: everyone's), newest first. */
  @GetMapping
  public List<Map<String, Object>> list(HttpServletRequest request) {
    StaffMember member = StaffMember.of(request);
    return absences.of(member.admin() ? null : people(member).keySet(), 200).stream().map(this::view).toList();
  }

  /** Whom the caller may enter an absence for, each with the colleagues who may stand in. */
  @GetMapping("/people")
  public List<Map<String, Object>> people(HttpServletRequest request) {
    StaffMember member = StaffMember.of(request);
    List<Map<String, Object>> people = new ArrayList<>();
    people(member).forEach((userId, name) -> {
      Set<String> groups = groupsOf(userId);
      // A deputy works in the absent person's office: one from another office could not see their tasks.
      Map<String, String> deputies = new TreeMap<>();
      for (String group : groups) {
        identity.createUserQuery().memberOfGroup(group).list().stream().filter(u -> !u.getId().equals(userId))
            .filter(u -> sameOffice(userId, u.getId()))
            .forEach(u -> deputies.put(u.getId(), StaffChoices.nameOf(u)));
      }
      Map<String, Object> person = new LinkedHashMap<>();
      person.put("userId", userId);
      person.put("name", name);
      person.put("deputies", deputies.entrySet().stream()
          .map(d -> Map.of("userId", d.getKey(), "name", d.getValue())).toList());
      people.add(person);
    });
    return people;
  }

  /** Withdraws an absence not begun, or ends one that is on now: the tasks come back at once. */
  @DeleteMapping("/{id}")
  public Map<String, Object> end(HttpServletRequest request, @PathVariable long id) {
    StaffMember member = StaffMember.of(request);
    Absence absence = absences.find(id).orElseThrow(() -> new ApiException(404, "没有编号为 " + id + " 的请假或出差"));
    mayManage(member, absence.userId(), "撤销");
    if (!handovers.end(id, member.userId())) {
      throw new ApiException(409, absence.label() + " 已经" + STATES.getOrDefault(absence.state(), "结束"));
    }
    return view(absences.find(id).orElseThrow());
  }

  private void mayManage(StaffMember member, String user, String what) {
    if (member.admin() || member.userId().equals(user)
        || !Collections.disjoint(departments.ledBy(member.groups()), groupsOf(user))
        && sameOffice(member.userId(), user)) { // a head of 工程维修部 heads it in their own office
      return;
    }
    throw new ApiException(403, member.userId() + " 无权" + what + " " + name(user)
        + " 的请假或出差：只有本人和本处的部门负责人可以");
  }

  /** The caller and the members of the groups the caller heads in the caller's offices, login → name. */
  private Map<String, String> people(StaffMember member) {
    Map<String, String> people = new LinkedHashMap<>();
    people.put(member.userId(), name(member.userId()));
    Set<String> led = new LinkedHashSet<>(departments.ledBy(member.groups()));
    for (String group : led) {
      identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream()
          .filter(u -> sameOffice(member.userId(), u.getId()))
          .forEach(u -> people.putIfAbsent(u.getId(), StaffChoices.nameOf(u)));
    }
    return people;
  }

  private Map<String, Object> view(Absence absence) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", absence.id());
    view.put("user", absence.userId());
    view.put("userName", name(absence.userId()));
    view.put("kind", absence.kind());
    view.put("kindName", AbsenceRequest.kindName(absence.kind()));
    view.put("from", absence.startsAt().toString());
    view.put("to", absence.endsAt().toString());
    view.put("deputy", absence.deputy());
    view.put("deputyName", absence.deputy() == null ? null : name(absence.deputy()));
    view.put("note", absence.note());
    view.put("enteredBy", absence.enteredBy());
    view.put("enteredAt", absence.enteredAt().toString());
    view.put("state", absence.state());
    view.put("stateName", STATES.getOrDefault(absence.state(), absence.state()));
    Map<String, Object> counts = log.counts(absence.id());
    view.put("tasksMoved", number(counts.get("moved"))); // a case-insensitive map: H2 answers MOVED
    view.put("tasksReturned", number(counts.get("returned")));
    return view;
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : 0;
  }

  /** Whether {@code other} works in one of the person's offices (for a person of no office: anyone does). */
  private boolean sameOffice(String userId, String other) {
    List<String> theirs = offices.officesOf(userId);
    return theirs.isEmpty() || offices.officesOf(other).stream().anyMatch(theirs::contains);
  }

  private Set<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .collect(Collectors.toSet());
  }

  private String name(String userId) {
    return AbsenceCover.name(userId, identity);
  }

  private static String shown(LocalDateTime time) {
    return time.toString().replace('T', ' ');
  }

  private static String shortened(String text) {
    return text.length() > 30 ? text.substring(0, 30) + "…" : text;
  }
}
