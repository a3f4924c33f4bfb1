package com.servicecentre.repair;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.repair.RepairProcess.CALENDAR;
import static com.servicecentre.repair.RepairProcess.COMPLETION_DUE;
import static com.servicecentre.repair.RepairProcess.COMPLETION_WARNING_AT;
import static com.servicecentre.repair.RepairProcess.WAITING_SINCE;

import com.servicecentre.calendar.TimeSpan;
import com.servicecentre.common.EngineClock;
import com.servicecentre.sla.ServiceLevels;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The wait is over (the follow-up date came): the job's service-level clock runs again. The completion due date
 * and its warning move by the working time the wait covered, and the register adds that time to the job's paused
 * time; the technician's task comes back with the moved due date.
 */
@Component("resumeRepairClock")
public class ResumeRepairClock implements ExecutionListener {

  private final ServiceLevels levels;
  private final RepairRegister register;

  public ResumeRepairClock(ServiceLevels levels, RepairRegister register) {
    this.levels = levels;
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Date since = WAITING_SINCE.from(execution);
    if (since == null) {
      return;
    }
    String calendar = CALENDAR.get(execution);
    Instant start = RepairProcess.limitsFrom(execution);
    List<TimeSpan> pause = List.of(new TimeSpan(since.toInstant(), EngineClock.instant()));
    Instant due = levels.movedByPauses(calendar, start, COMPLETION_DUE.get(execution).toInstant(), pause);
    Instant warning = levels.movedByPauses(calendar, start, COMPLETION_WARNING_AT.get(execution).toInstant(), pause);
    COMPLETION_DUE.set(execution, Date.from(due));
    COMPLETION_WARNING_AT.set(execution, Date.from(warning));
    WAITING_SINCE.set(execution, null);
    Duration paused = levels.workingTimeBetween(calendar, since.toInstant(), EngineClock.instant());
    register.recordResumption(CASE_NO.get(execution), paused.toMinutes(), EngineClock.local(Date.from(due)));
  }
}
