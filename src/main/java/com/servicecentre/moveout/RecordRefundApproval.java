package com.servicecentre.moveout;

import static com.servicecentre.common.CaseVariables.CASE_NO;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.TaskPerformer;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 退款审批, each level: who decided at which level and when goes into the register's approval chain as the
 * approver submits, so the chain a refund was paid on can be read back (a rejection too, since it sent the case
 * back). The person comes from the login, never from the form.
 */
@Component("recordRefundApproval")
public class RecordRefundApproval implements TaskListener {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MoveOutRegister register;

  public RecordRefundApproval(MoveOutRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    // The level is the multi-instance element (one approver group per turn); the decision the form's radio.
    Object level = task.getVariable("approver");
    boolean approved = "true".equals(String.valueOf(task.getVariable("approved")));
    String who = TaskPerformer.of(task);
    register.recordApproval(CASE_NO.get(task), level + " " + (who == null ? "?" : who) + " "
        + EngineClock.now().format(SHOWN) + " " + (approved ? "同意" : "驳回"));
  }
}
