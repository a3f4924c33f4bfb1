package com.servicecentre.repair;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.repair.RepairProcess.COMPLETION_DUE;
import static com.servicecentre.repair.RepairProcess.FOLLOW_UP_AT;
import static com.servicecentre.repair.RepairProcess.FOLLOW_UP_DATE;
import static com.servicecentre.repair.RepairProcess.LABOUR_HOURS;
import static com.servicecentre.repair.RepairProcess.MATERIALS;
import static com.servicecentre.repair.RepairProcess.REPAIR_RESULT;
import static com.servicecentre.repair.RepairProcess.TEAM;
import static com.servicecentre.repair.RepairProcess.VENDOR_CALENDAR;
import static com.servicecentre.repair.RepairProcess.VENDOR_DUE;
import static com.servicecentre.repair.RepairProcess.DISPATCHED_AT;
import static com.servicecentre.repair.RepairProcess.WAITING_SINCE;
import static com.servicecentre.repair.RepairProcess.WAIT_REASON;
import static com.servicecentre.repair.RepairProcess.WORK_DONE;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.FormInput;
import com.servicecentre.sla.ServiceLevels;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The technician's (or the outside company's) report: either the work done, materials and labour, or why the job
 * must wait (parts, a warranty claim to the developer or builder) and until when. A finished job is reported to the
 * owner.
 */
@Component("recordRepairWork")
public class RecordRepairWork implements JavaDelegate {

  /** 待配件, 向开发商/施工方保修索赔, 业主不在家/另约时间, 其他: the job's clock stops while it waits. */
  public static final List<String> WAIT_REASONS = List.of("parts", "warranty-claim", "owner", "other");
  /** A job waits at most a quarter before someone looks at it again. */
  static final int MAX_WAIT_DAYS = 90;

  private final RepairRegister register;
  private final ServiceLevels levels;
  private final OwnerUpdates owner;

  public RecordRepairWork(RepairRegister register, ServiceLevels levels, OwnerUpdates owner) {
    this.register = register;
    this.levels = levels;
    this.owner = owner;
  }

  /** The outside company had the job from dispatch to its report: the centre's own clock stood still meanwhile. */
  private long workingMinutesWithTheOutsideCompany(DelegateExecution execution) {
    return levels.workingTimeBetween(VENDOR_CALENDAR.get(execution), DISPATCHED_AT.get(execution).toInstant(),
        EngineClock.instant()).toMinutes();
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = new FormInput(execution);
    String jobNo = CASE_NO.get(execution);
    boolean waiting = "waiting".equals(in.oneOf(REPAIR_RESULT.name(), "维修结果", List.of("fixed", "waiting")));
    if (waiting) {
      in.oneOf(WAIT_REASON.name(), "等待原因", WAIT_REASONS);
      LocalDate followUp = in.optionalDate(FOLLOW_UP_DATE.name(), "跟进日期");
      if (followUp == null) {
        in.problem(FOLLOW_UP_DATE.name(), "跟进日期", "等待时必填");
      } else if (followUp.isBefore(EngineClock.now().toLocalDate())) {
        in.problem(FOLLOW_UP_DATE.name(), "跟进日期", "不能早于今天");
      } else if (followUp.isAfter(EngineClock.now().toLocalDate().plusDays(MAX_WAIT_DAYS))) {
        in.problem(FOLLOW_UP_DATE.name(), "跟进日期", "最多等待 " + MAX_WAIT_DAYS + " 天，请在此之前再跟进");
      }
      in.check();
      // Back on the job at the start of the working day of the follow-up date; the clock stops until then.
      FOLLOW_UP_AT.set(execution, Date.from(followUp.atTime(8, 0).atZone(EngineClock.ZONE).toInstant()));
      WAITING_SINCE.set(execution, Date.from(EngineClock.instant()));
      register.recordWait(jobNo, WAIT_REASON.get(execution));
      return;
    }
    String workDone = in.text(WORK_DONE.name(), "维修内容");
    String materials = in.optionalText(MATERIALS.name());
    var labourHours = in.optionalPositiveNumber(LABOUR_HOURS.name(), "工时");
    in.check();
    LocalDateTime now = EngineClock.now();
    Date due = "outsourced".equals(TEAM.from(execution)) ? VENDOR_DUE.get(execution) : COMPLETION_DUE.get(execution);
    register.recordCompletion(jobNo, workDone, materials, labourHours, now, !now.isAfter(EngineClock.local(due)),
        "outsourced".equals(TEAM.from(execution)) ? workingMinutesWithTheOutsideCompany(execution) : 0);
    owner.tellOwner(execution, RepairMessages.COMPLETED, Map.of("workDone", workDone));
  }
}
