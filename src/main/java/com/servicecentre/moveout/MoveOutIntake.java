package com.servicecentre.moveout;

import com.servicecentre.common.CaseIntake;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 迁出申请: the application checked, the case entered in the move-out register. */
@Component
public class MoveOutIntake implements CaseIntake {

  private final MoveOutRegister register;

  public MoveOutIntake(MoveOutRegister register) {
    this.register = register;
  }

  @Override
  public String processKey() {
    return MoveOutProcess.KEY;
  }

  @Override
  public String casePrefix() {
    return MoveOutProcess.CASE_PREFIX;
  }

  @Override
  public void check(DelegateExecution execution) {
    MoveOutApplication.from(execution).keep(execution);
  }

  @Override
  public void register(String caseNo, DelegateExecution execution, LocalDateTime at) {
    register.register(caseNo, MoveOutApplication.kept(execution), execution.getProcessInstanceId(),
        execution.getTenantId(), at);
  }
}
