package com.servicecentre.rules;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A DMN file declares an expression language other than FEEL, i.e. code. The message names each such element; it
 * is the whole answer (HTTP 400), so it holds nothing but what the person who wrote the table needs.
 */
public class CodeInDecisionTable extends BadUserRequestException {

  public CodeInDecisionTable(String message) {
    super(message);
  }
}
