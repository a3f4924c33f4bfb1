package com.servicecentre.repair;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.FormInput;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The technician's (or the outside company's) report: either the work done, materials and labour, or why the job
 * must wait (parts, a warranty claim to the developer or builder) and until when.
 */
@Component("recordRepairWork")
public class RecordRepairWork implements JavaDelegate {

  /** 待配件, 向开发商/施工方保修索赔, 其他. */
  public static final List<String> WAIT_REASONS = List.of("parts", "warranty-claim", "other");
  /** A job waits at most a quarter before someone looks at it again. */
  static final int MAX_WAIT_DAYS = 90;

  private final RepairRegister register;

  public RecordRepairWork(RepairRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = new FormInput(execution);
    String jobNo = (String) execution.getVariable("jobNo");
    boolean waiting = "waiting".equals(in.oneOf("repairResult", "维修结果", List.of("fixed", "waiting")));
    if (waiting) {
      in.oneOf("waitReason", "等待原因", WAIT_REASONS);
      LocalDate followUp = in.optionalDate("followUpDate", "跟进日期");
      if (followUp == null) {
        in.problem("followUpDate", "跟进日期", "等待时必填");
      } else if (followUp.isBefore(EngineClock.now().toLocalDate())) {
        in.problem("followUpDate", "跟进日期", "不能早于今天");
      } else if (followUp.isAfter(EngineClock.now().toLocalDate().plusDays(MAX_WAIT_DAYS))) {
        in.problem("followUpDate", "跟进日期", "最多等待 " + MAX_WAIT_DAYS + " 天，请在此之前再跟进");
      }
      in.check();
      // Back on the job at the start of the working day of the follow-up date.
      execution.setVariable("followUpAt", Date.from(followUp.atTime(8, 0).atZone(ZoneId.systemDefault()).toInstant()));
      register.recordWait(jobNo);
      return;
    }
    String workDone = in.text("workDone", "维修内容");
    String materials = in.optionalText("materials");
    var labourHours = in.optionalPositiveNumber("labourHours", "工时");
    in.check();
    LocalDateTime now = EngineClock.now();
    register.recordCompletion(jobNo, workDone, materials, labourHours, now,
        !now.isAfter(RecordArrival.local((Date) execution.getVariable("completionDue"))));
  }
}
