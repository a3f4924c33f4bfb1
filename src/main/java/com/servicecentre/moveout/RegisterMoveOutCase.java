package com.servicecentre.moveout;

import com.servicecentre.common.CaseNumbers;
import com.servicecentre.common.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Enters the case in the move-out register under its case number, which becomes the business key. */
@Component("registerMoveOutCase")
public class RegisterMoveOutCase implements JavaDelegate {

  private final MoveOutRegister register;
  private final CaseNumbers numbers;

  public RegisterMoveOutCase(MoveOutRegister register, CaseNumbers numbers) {
    this.register = register;
    this.numbers = numbers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = numbers.assign(execution, "TF");
    register.register(caseNo, MoveOutApplication.from(execution), execution.getProcessInstanceId(), EngineClock.now());
    execution.setVariable("caseNo", caseNo);
  }
}
