package com.servicecentre.security;

import org.camunda.bpm.engine.AuthorizationException;

/** The caller may not do this part of the work (wrong department, or segregation of duties); answered with 403. */
public class DutyRefused extends AuthorizationException {

  public DutyRefused(String message) {
    super(message);
  }
}
