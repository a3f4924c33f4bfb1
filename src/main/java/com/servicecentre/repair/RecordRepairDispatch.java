package com.servicecentre.repair;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.repair.RepairProcess.ARRIVAL_DUE;
import static com.servicecentre.repair.RepairProcess.ARRIVAL_HOURS;
import static com.servicecentre.repair.RepairProcess.CHARGEABLE;
import static com.servicecentre.repair.RepairProcess.COMPLETION_DUE;
import static com.servicecentre.repair.RepairProcess.COMPLETION_HOURS;
import static com.servicecentre.repair.RepairProcess.TEAM;
import static com.servicecentre.repair.RepairProcess.TECHNICIAN;

import com.servicecentre.common.DueDates;
import com.servicecentre.common.FormInput;
import com.servicecentre.notification.CaseFields;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 派工: records the team (and for in-house jobs the technician the dispatcher chose, who must be in maintenance)
 * and turns the rules' limits into the arrival and completion due dates, counted from dispatch. The owner is told
 * who comes and by when.
 */
@Component("recordRepairDispatch")
public class RecordRepairDispatch implements JavaDelegate {

  private final RepairRegister register;
  private final IdentityService identity;
  private final DueDates dueDates;
  private final OwnerUpdates owner;

  public RecordRepairDispatch(RepairRegister register, IdentityService identity, DueDates dueDates,
      OwnerUpdates owner) {
    this.register = register;
    this.identity = identity;
    this.dueDates = dueDates;
    this.owner = owner;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String team = TEAM.get(execution);
    String technician = null;
    if ("in-house".equals(team)) {
      FormInput in = new FormInput(execution);
      technician = in.text(TECHNICIAN.name(), "维修工");
      if (technician != null
          && identity.createUserQuery().userId(technician).memberOfGroup("maintenance").count() == 0) {
        in.problem(TECHNICIAN.name(), "维修工", "\"" + technician + "\" 不是工程维修部的人员");
      }
      in.check();
    }
    ARRIVAL_DUE.set(execution, dueDates.after(ARRIVAL_HOURS.get(execution)));
    COMPLETION_DUE.set(execution, dueDates.after(COMPLETION_HOURS.get(execution)));
    register.recordDispatch(CASE_NO.get(execution), team, technician, CHARGEABLE.get(execution));
    if (technician != null) {
      owner.tellOwner(execution, RepairMessages.DISPATCHED, Map.of("technician", owner.nameOf(technician),
          "arrivalDue", CaseFields.time(ARRIVAL_DUE.get(execution))));
    }
  }
}
