package com.servicecentre.common;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * How one process takes a case in: its start form checked once, its number, its register. Each area implements
 * it as a bean; the models call the generic steps {@code checkIntake}, {@code registerCase} and {@code reopenCase},
 * which find the implementation by the process's key.
 */
public interface CaseIntake {

  String processKey();

  /** TS, BX, TF, XD: the case numbers' prefix. */
  String casePrefix();

  /**
   * Reads the start form once and refuses bad input naming every field (InputRefused); keeps each value in its
   * declared type and sets what the model derives from it.
   */
  void check(DelegateExecution execution);

  /** Enters the case in the register under its number, from the values {@link #check} kept. */
  void register(String caseNo, DelegateExecution execution, LocalDateTime at);

  /** A dissatisfied return visit reopened the case for the {@code reopenCount}th time. */
  default void recordReopening(String caseNo, int reopenCount) {
    throw new IllegalStateException(processKey() + " has no return visit that reopens a case");
  }
}
