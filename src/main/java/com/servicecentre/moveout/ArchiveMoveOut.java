package com.servicecentre.moveout;

import static com.servicecentre.common.CaseVariables.CASE_NO;

import com.servicecentre.common.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the case in the move-out register. */
@Component("archiveMoveOut")
public class ArchiveMoveOut implements JavaDelegate {

  private final MoveOutRegister register;

  public ArchiveMoveOut(MoveOutRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.close(CASE_NO.get(execution), EngineClock.now());
  }
}
