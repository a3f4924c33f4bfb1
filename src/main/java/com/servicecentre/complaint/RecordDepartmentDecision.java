package com.servicecentre.complaint;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.complaint.ComplaintProcess.DECIDED_BY;
import static com.servicecentre.complaint.ComplaintProcess.PROPOSED_FIX;
import static com.servicecentre.complaint.ComplaintProcess.RESPONSIBLE_GROUP;

import com.servicecentre.common.FormInput;
import com.servicecentre.common.TaskPerformer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing the supervisor's decision: the department chosen from the list (the table's proposal, confirmed or
 * changed) and the fix, with who decided, into the case and the register.
 */
@Component("recordDepartmentDecision")
public class RecordDepartmentDecision implements TaskListener {

  private final ComplaintRegister register;

  public RecordDepartmentDecision(ComplaintRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task);
    String group = in.oneOf(RESPONSIBLE_GROUP.name(), "责任部门", Complaint.DEPARTMENTS);
    String fix = in.text(PROPOSED_FIX.name(), "处理方案");
    in.check();
    String decidedBy = TaskPerformer.of(task);
    DECIDED_BY.set(task.getExecution(), decidedBy);
    register.recordDecision(CASE_NO.get(task), decidedBy, group, fix);
  }
}
