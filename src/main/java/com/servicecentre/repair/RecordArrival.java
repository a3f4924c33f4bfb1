package com.servicecentre.repair;

import com.servicecentre.common.EngineClock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The technician is on site: records when, and whether within the arrival limit. */
@Component("recordArrival")
public class RecordArrival implements JavaDelegate {

  private final RepairRegister register;

  public RecordArrival(RepairRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime now = EngineClock.now();
    register.recordArrival((String) execution.getVariable("jobNo"), now,
        !now.isAfter(local((Date) execution.getVariable("arrivalDue"))));
  }

  static LocalDateTime local(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }
}
