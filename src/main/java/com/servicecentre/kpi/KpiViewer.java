package com.servicecentre.kpi;

import com.servicecentre.api.ApiException;
import com.servicecentre.api.StaffMember;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whose figures a person may read: an administrator or overseer (office manager, deputy manager, auditor,
 * general office) every department's, a department head his departments', anyone else only his own. Offices are
 * narrowed as everywhere: to the ones the person works in.
 *
 * @param departments the departments whose figures the person reads (null: every department)
 * @param ownOnly     whether the person reads only his own figures (a clerk, a technician, a designer)
 */
public record KpiViewer(StaffMember member, Set<String> departments, boolean ownOnly) {

  public static KpiViewer of(StaffMember member, KpiCatalogue catalogue) {
    if (member.admin() || catalogue.overseers().stream().anyMatch(member.groups()::contains)) {
      return new KpiViewer(member, null, false);
    }
    Set<String> headed = new LinkedHashSet<>();
    Set<String> own = new LinkedHashSet<>();
    for (KpiDepartment d : catalogue.departments()) {
      if (d.heads().stream().anyMatch(member.groups()::contains)) {
        headed.add(d.id());
      }
      if (d.groups().stream().anyMatch(member.groups()::contains)) {
        own.add(d.id());
      }
    }
    if (!headed.isEmpty()) {
      return new KpiViewer(member, Set.copyOf(headed), false);
    }
    return new KpiViewer(member, Set.copyOf(own), true);
  }

  /** What the person may see: "all" departments, the departments he "heads", or his "own" figures. */
  public String scope() {
    return departments == null ? "all" : ownOnly ? "own" : "heads";
  }

  /**
   * The departments and person a request may read, refused with 403 when it asks for another department's or
   * another person's or office's figures. {@code department}, {@code person}, {@code office}: the request's (null:
   * not asked).
   */
  public KpiQuery narrow(KpiQuery asked, String department, String person, String office) {
    if (department != null && departments != null && !departments.contains(department)) {
      throw new ApiException(403, member.userId() + " 无权查看部门 " + department + " 的指标：只能查看"
          + (ownOnly ? "本人" : "所管部门") + "的指标");
    }
    if (ownOnly && person != null && !person.equals(member.userId())) {
      throw new ApiException(403, member.userId() + " 无权查看 " + person + " 的指标：只能查看本人的指标");
    }
    Set<String> readable = department != null ? Set.of(department) : departments;
    return new KpiQuery(asked.from(), asked.to(), readable, ownOnly ? member.userId() : person, asked.groupBy(),
        offices(office));
  }

  /** The offices to read: the one asked for (refused when not the person's), or all the person's. */
  public List<String> offices(String office) {
    if (office == null) {
      return member.visibleOffices();
    }
    if (!member.sees(office)) {
      throw new ApiException(403, member.userId() + " 无权查看管理处/门店 " + office + " 的指标");
    }
    return List.of(office);
  }

  /** Auditors and administrators may open a case's audit trail from the list behind a figure. */
  public boolean readsAuditTrails() {
    return member.admin() || member.groups().contains("auditor");
  }
}
