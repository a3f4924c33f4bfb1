package com.servicecentre.repair;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.repair.RepairProcess.ARRIVAL_DUE;
import static com.servicecentre.repair.RepairProcess.ARRIVAL_LIMIT;
import static com.servicecentre.repair.RepairProcess.ARRIVAL_WARNING_AT;
import static com.servicecentre.repair.RepairProcess.CALENDAR;
import static com.servicecentre.repair.RepairProcess.CHARGEABLE;
import static com.servicecentre.repair.RepairProcess.COMPLETION_DUE;
import static com.servicecentre.repair.RepairProcess.COMPLETION_LIMIT;
import static com.servicecentre.repair.RepairProcess.COMPLETION_WARNING_AT;
import static com.servicecentre.repair.RepairProcess.DISPATCHED_AT;
import static com.servicecentre.repair.RepairProcess.TEAM;
import static com.servicecentre.repair.RepairProcess.TECHNICIAN;
import static com.servicecentre.repair.RepairProcess.VENDOR_CALENDAR;
import static com.servicecentre.repair.RepairProcess.VENDOR_CHASE;
import static com.servicecentre.repair.RepairProcess.VENDOR_CHASE_CYCLE;
import static com.servicecentre.repair.RepairProcess.VENDOR_DUE;
import static com.servicecentre.repair.RepairProcess.VENDOR_LIMIT;
import static com.servicecentre.repair.RepairProcess.VENDOR_WARNING_AT;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.FormInput;
import com.servicecentre.sla.ServiceLevels;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import com.servicecentre.notification.CaseFields;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 派工: records the team (and for in-house jobs the technician the dispatcher chose, who must be in maintenance)
 * and counts the rules' limits on the rules' calendar from the report (the case's start, or a reopening), not from
 * the dispatch: arrival and completion due dates, the warning instant before each, and for an outside company its
 * contract's due date (from dispatch, when it is told) and the cycle it is chased on after that. Counted here rather
 * than at each task, because completion counts from the report and moves when the job waits
 * ({@link ResumeRepairClock}). The owner is told who comes and by when.
 */
@Component("recordRepairDispatch")
public class RecordRepairDispatch implements JavaDelegate {

  private final RepairRegister register;
  private final IdentityService identity;
  private final ServiceLevels levels;
  private final OwnerUpdates owner;

  public RecordRepairDispatch(RepairRegister register, IdentityService identity, ServiceLevels levels,
      OwnerUpdates owner) {
    this.register = register;
    this.identity = identity;
    this.levels = levels;
    this.owner = owner;
  }

  /** R12/PT2H from the table and the contract due time give the chase timer's cycle R12/<due>/PT2H. */
  static String chaseCycle(String rule, Instant vendorDue) {
    String[] parts = rule == null ? new String[0] : rule.strip().split("/");
    if (parts.length != 2 || !parts[0].matches("R[1-9][0-9]{0,2}") || !parts[1].matches("P(T?[0-9]+[DHM])+")) {
      throw new com.servicecentre.sla.ServiceLevelRefused("vendorChaseCycle(超时催办外包): 决策表 repair-team 应写成"
          + " R次数/间隔，如 R12/PT2H，而不是 \"" + rule + "\"");
    }
    return parts[0] + "/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(vendorDue.atZone(EngineClock.ZONE)) + "/"
        + parts[1];
  }

  @Override
  public void execute(DelegateExecution execution) {
    String team = TEAM.get(execution);
    String technician = null;
    if ("in-house".equals(team)) {
      FormInput in = new FormInput(execution);
      technician = in.text(TECHNICIAN.name(), "维修工");
      if (technician != null) {
        // A technician of the job's office: the form offers only those, a login sent around the list is refused.
        var maintenance = identity.createUserQuery().userId(technician).memberOfGroup("maintenance");
        if (execution.getTenantId() != null) {
          maintenance.memberOfTenant(execution.getTenantId());
        }
        if (maintenance.count() == 0) {
          in.problem(TECHNICIAN.name(), "维修工",
              "\"" + technician + "\" 不是工程维修部的人员（只能派给本管理处的维修工）");
        }
      }
      in.check();
    }
    String calendar = CALENDAR.get(execution);
    Instant now = EngineClock.instant();
    // The owner's clock started with the report: the time the job waited for a dispatcher is part of the limit.
    Instant from = RepairProcess.limitsFrom(execution);
    Instant arrival = levels.due(calendar, ARRIVAL_LIMIT.get(execution), from);
    Instant completion = levels.due(calendar, COMPLETION_LIMIT.get(execution), from);
    DISPATCHED_AT.set(execution, Date.from(now));
    ARRIVAL_DUE.set(execution, Date.from(arrival));
    ARRIVAL_WARNING_AT.set(execution, Date.from(levels.warningAt(calendar, from, arrival)));
    COMPLETION_DUE.set(execution, Date.from(completion));
    COMPLETION_WARNING_AT.set(execution, Date.from(levels.warningAt(calendar, from, completion)));
    Instant vendor = null;
    if ("outsourced".equals(team)) {
      String vendorCalendar = VENDOR_CALENDAR.from(execution);
      String vendorLimit = VENDOR_LIMIT.from(execution);
      if (vendorCalendar == null || vendorLimit == null) {
        throw new com.servicecentre.sla.ServiceLevelRefused(
            "vendorLimit(外包合同时限): 决策表 repair-team 没有给出外包维保公司的合同时限和工作日历");
      }
      vendor = levels.due(vendorCalendar, vendorLimit, now);
      VENDOR_DUE.set(execution, Date.from(vendor));
      VENDOR_WARNING_AT.set(execution, Date.from(levels.warningAt(vendorCalendar, now, vendor)));
      VENDOR_CHASE.set(execution, chaseCycle(VENDOR_CHASE_CYCLE.from(execution), vendor));
    }
    register.recordDispatch(CASE_NO.get(execution), team, technician, CHARGEABLE.get(execution), calendar,
        EngineClock.local(Date.from(arrival)), EngineClock.local(Date.from(completion)),
        vendor == null ? null : EngineClock.local(Date.from(vendor)));
    if (technician != null) {
      owner.tellOwner(execution, RepairMessages.DISPATCHED, Map.of("technician", owner.nameOf(technician),
          "arrivalDue", CaseFields.time(ARRIVAL_DUE.get(execution))));
    }
  }
}
