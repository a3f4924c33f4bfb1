package com.servicecentre.moveout;

import static com.servicecentre.moveout.MoveOutProcess.APPROVAL_LEVELS;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After refund-approval: how many levels must approve. None (a refund of 0): the approval is skipped and the case
 * holds no empty approver list (an empty list is not stored, so nothing reads one back).
 */
@Component("countApprovalLevels")
public class CountApprovalLevels implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Object chain = execution.getVariable("approvalChain");
    int levels = chain instanceof List<?> list ? list.size() : 0;
    APPROVAL_LEVELS.set(execution, levels);
    if (levels == 0) {
      execution.removeVariable("approvalChain");
    }
  }
}
