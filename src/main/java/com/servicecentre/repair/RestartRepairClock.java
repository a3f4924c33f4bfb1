package com.servicecentre.repair;

import static com.servicecentre.repair.RepairProcess.LIMITS_FROM;

import com.servicecentre.common.EngineClock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A job reopened after a dissatisfied return visit is a new report of the same fault: its arrival and completion
 * limits count from the reopening.
 */
@Component("restartRepairClock")
public class RestartRepairClock implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    LIMITS_FROM.set(execution, Date.from(EngineClock.instant()));
  }
}
