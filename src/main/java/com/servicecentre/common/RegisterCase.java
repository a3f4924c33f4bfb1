package com.servicecentre.common;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.common.CaseVariables.REOPEN_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Generic step: gives the case its number (also its business key) and enters it in its process's register. */
@Component("registerCase")
public class RegisterCase implements JavaDelegate {

  private final CaseIntakes intakes;
  private final CaseNumbers numbers;

  public RegisterCase(CaseIntakes intakes, CaseNumbers numbers) {
    this.intakes = intakes;
    this.numbers = numbers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseIntake intake = intakes.of(execution);
    String caseNo = numbers.assign(execution, intake.casePrefix());
    CASE_NO.set(execution, caseNo);
    REOPEN_COUNT.set(execution, 0);
    intake.register(caseNo, execution, EngineClock.now());
  }
}
