package com.servicecentre.common;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** A dissatisfied return visit reopens a case: the reason is required and the case counts its reopenings. */
public final class Reopening {

  private Reopening() {}

  /** Checks the reason, increments {@code reopenCount} and returns the new count. */
  public static int count(DelegateExecution execution) {
    FormInput in = new FormInput(execution);
    in.text("dissatisfactionReason", "不满意原因");
    in.check();
    Object previous = execution.getVariable("reopenCount");
    int reopenCount = (previous == null ? 0 : ((Number) previous).intValue()) + 1;
    execution.setVariable("reopenCount", reopenCount);
    return reopenCount;
  }
}
