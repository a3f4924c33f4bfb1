package com.servicecentre.common;

import static com.servicecentre.common.CaseVariables.CASE_NO;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Generic step: a dissatisfied return visit reopens the case with its reason, counted in the register. */
@Component("reopenCase")
public class ReopenCase implements JavaDelegate {

  private final CaseIntakes intakes;

  public ReopenCase(CaseIntakes intakes) {
    this.intakes = intakes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    intakes.of(execution).recordReopening(CASE_NO.get(execution), Reopening.count(execution));
  }
}
