package com.servicecentre.security;

import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;

/** Evaluates a form field's show/hide condition (FEEL) the way Tasklist's form-js does in the browser. */
final class FormConditions implements SubmittedInput.Conditions {

  private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();

  @Override
  public boolean hides(String condition, Map<String, Object> data) {
    try {
      return Boolean.TRUE.equals(feel.evaluateSimpleExpression(condition,
          Variables.fromMap(data).asVariableContext()));
    } catch (RuntimeException unreadable) {
      // form-js shows a field whose condition it cannot evaluate; so does the server.
      return false;
    }
  }
}
