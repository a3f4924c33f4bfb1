package com.servicecentre.common;

import static com.servicecentre.common.CaseVariables.DISSATISFACTION_REASON;
import static com.servicecentre.common.CaseVariables.REOPEN_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** A dissatisfied return visit reopens a case: the reason is required and the case counts its reopenings. */
public final class Reopening {

  private Reopening() {}

  /** Checks the reason, increments the reopening count and returns the new count. */
  public static int count(DelegateExecution execution) {
    FormInput in = new FormInput(execution);
    in.text(DISSATISFACTION_REASON.name(), "不满意原因");
    in.check();
    Integer previous = REOPEN_COUNT.from(execution);
    int reopenCount = (previous == null ? 0 : previous) + 1;
    REOPEN_COUNT.set(execution, reopenCount);
    return reopenCount;
  }
}
