package com.servicecentre.common;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Generic first step of every process: refuses a start form with missing or wrong details, before anything else. */
@Component("checkIntake")
public class CheckIntake implements JavaDelegate {

  private final CaseIntakes intakes;

  public CheckIntake(CaseIntakes intakes) {
    this.intakes = intakes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    intakes.of(execution).check(execution);
  }
}
