package com.servicecentre.moveout;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Refuses an application with missing or malformed details before anything is registered. */
@Component("validateMoveOut")
public class ValidateMoveOut implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    // Amounts stay exact in Java and the register; variables carry them as text for forms.
    execution.setVariable("depositsHeld", MoveOutApplication.from(execution).held().toPlainString());
  }
}
