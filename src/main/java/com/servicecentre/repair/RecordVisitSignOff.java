package com.servicecentre.repair;

import static com.servicecentre.common.CaseVariables.CASE_NO;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.TaskPerformer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 回访签字: the deputy manager signs the return-visit record of every repair; who signed (from the login) and when
 * go into the repair register.
 */
@Component("recordVisitSignOff")
public class RecordVisitSignOff implements TaskListener {

  private final RepairRegister register;

  public RecordVisitSignOff(RepairRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    register.recordVisitSignOff(CASE_NO.get(task), TaskPerformer.of(task), EngineClock.now());
  }
}
