package com.servicecentre.repair;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.repair.RepairProcess.ARRIVAL_DUE;

import com.servicecentre.common.EngineClock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The technician is on site: records when, and whether by the arrival due date (counted in working time). */
@Component("recordArrival")
public class RecordArrival implements JavaDelegate {

  private final RepairRegister register;

  public RecordArrival(RepairRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime now = EngineClock.now();
    register.recordArrival(CASE_NO.get(execution), now, !now.isAfter(EngineClock.local(ARRIVAL_DUE.get(execution))));
  }
}
