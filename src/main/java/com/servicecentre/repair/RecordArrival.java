package com.servicecentre.repair;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.repair.RepairProcess.ARRIVAL_DUE;
import static com.servicecentre.repair.RepairProcess.TECHNICIAN;

import com.servicecentre.common.EngineClock;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The technician is on site: records when, and whether by the arrival due date (counted in working time); the
 * owner is told.
 */
@Component("recordArrival")
public class RecordArrival implements JavaDelegate {

  private final RepairRegister register;
  private final OwnerUpdates owner;

  public RecordArrival(RepairRegister register, OwnerUpdates owner) {
    this.register = register;
    this.owner = owner;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime now = EngineClock.now();
    register.recordArrival(CASE_NO.get(execution), now, !now.isAfter(EngineClock.local(ARRIVAL_DUE.get(execution))));
    owner.tellOwner(execution, RepairMessages.ARRIVED, Map.of("technician", owner.nameOf(TECHNICIAN.get(execution))));
  }
}
