package com.servicecentre.complaint;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.complaint.ComplaintProcess.ACTIONS;
import static com.servicecentre.complaint.ComplaintProcess.CAUSE;
import static com.servicecentre.complaint.ComplaintProcess.HANDLER;
import static com.servicecentre.complaint.ComplaintProcess.HANDLING_DUE;
import static com.servicecentre.complaint.ComplaintProcess.RESULT;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.FormInput;
import java.time.LocalDateTime;
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
    String cause = in.text(CAUSE.name(), "原因");
    String actions = in.text(ACTIONS.name(), "处理措施");
    String result = in.text(RESULT.name(), "处理结果");
    in.check();

    String handler = HANDLER.from(execution);
    LocalDateTime handledAt = EngineClock.now();
    LocalDateTime due = EngineClock.local(HANDLING_DUE.from(execution));
    register.recordHandling(CASE_NO.get(execution), handler,
        "原因: " + cause + "\n措施: " + actions + "\n结果: " + result, handledAt, due,
        due == null || !handledAt.isAfter(due));
  }
}
