package com.servicecentre.repair;

import com.servicecentre.common.DueDates;
import com.servicecentre.common.FormInput;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 派工: records the team (and for in-house jobs the technician the dispatcher chose, who must be in maintenance)
 * and turns the rules' limits into the arrival and completion due dates, counted from dispatch.
 */
@Component("recordRepairDispatch")
public class RecordRepairDispatch implements JavaDelegate {

  private final RepairRegister register;
  private final IdentityService identity;
  private final DueDates dueDates;

  public RecordRepairDispatch(RepairRegister register, IdentityService identity, DueDates dueDates) {
    this.register = register;
    this.identity = identity;
    this.dueDates = dueDates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String team = (String) execution.getVariable("team");
    String technician = null;
    if ("in-house".equals(team)) {
      FormInput in = new FormInput(execution);
      technician = in.text("technician", "维修工");
      if (technician != null
          && identity.createUserQuery().userId(technician).memberOfGroup("maintenance").count() == 0) {
        in.problem("technician", "维修工", "\"" + technician + "\" 不是工程维修部的人员");
      }
      in.check();
    }
    execution.setVariable("arrivalDue", dueDates.after((Number) execution.getVariable("arrivalHours")));
    execution.setVariable("completionDue", dueDates.after((Number) execution.getVariable("completionHours")));
    register.recordDispatch((String) execution.getVariable("jobNo"), team, technician,
        Boolean.TRUE.equals(execution.getVariable("chargeable")));
  }
}
