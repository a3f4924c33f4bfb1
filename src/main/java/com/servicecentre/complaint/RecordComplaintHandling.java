package com.servicecentre.complaint;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.FormInput;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records what the handler found and did, and whether it was done by the due date Tasklist showed. */
@Component("recordComplaintHandling")
public class RecordComplaintHandling implements JavaDelegate {

  private final ComplaintRegister register;

  public RecordComplaintHandling(ComplaintRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = new FormInput(execution);
    String cause = in.text("cause", "原因");
    String actions = in.text("actions", "处理措施");
    String result = in.text("result", "处理结果");
    in.check();

    String handler = (String) execution.getVariable("handler");
    LocalDateTime handledAt = EngineClock.now();
    LocalDateTime due = local((Date) execution.getVariable("handlingDue"));
    register.recordHandling((String) execution.getVariable("complaintNo"), handler,
        "原因: " + cause + "\n措施: " + actions + "\n结果: " + result, handledAt, due,
        due == null || !handledAt.isAfter(due));
  }

  private static LocalDateTime local(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }
}
