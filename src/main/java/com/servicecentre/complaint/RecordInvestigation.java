package com.servicecentre.complaint;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.complaint.ComplaintProcess.FINDINGS;
import static com.servicecentre.complaint.ComplaintProcess.PROPOSED_GROUP;
import static com.servicecentre.complaint.ComplaintProcess.SUGGESTED_FIX;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.FormInput;
import com.servicecentre.common.TaskPerformer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 调查核实 (the same working day): what was found and the suggested fix, for the supervisor who decides,
 * and into the register with who investigated and the department the routing table proposed.
 */
@Component("recordInvestigation")
public class RecordInvestigation implements TaskListener {

  private final ComplaintRegister register;

  public RecordInvestigation(ComplaintRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task);
    String findings = in.text(FINDINGS.name(), "调查核实情况");
    String suggestion = in.text(SUGGESTED_FIX.name(), "处理建议");
    in.check();
    register.recordInvestigation(CASE_NO.get(task), TaskPerformer.of(task), EngineClock.now(),
        "核实: " + findings + "\n建议: " + suggestion, PROPOSED_GROUP.from(task));
  }
}
