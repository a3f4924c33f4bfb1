package com.servicecentre.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.springframework.stereotype.Component;

/**
 * On a warning or overdue timer of a step ({@code <camunda:executionListener event="end" delegateExpression=
 * "${timedStep}"/>}): remembers which step the timer watches, for the process's one warning and one escalation
 * step ({@link WarnBeforeDue}, {@link EscalateOverdue}) that every timer of the model leads to.
 */
@Component("timedStep")
public class TimedStep implements ExecutionListener {

  /** Local to the timer's path: the id of the task the timer is attached to. */
  public static final String VARIABLE = "timedStep";

  @Override
  public void notify(DelegateExecution execution) {
    BoundaryEvent timer = (BoundaryEvent) execution.getBpmnModelElementInstance();
    execution.setVariableLocal(VARIABLE, timer.getAttachedTo().getId());
  }
}
