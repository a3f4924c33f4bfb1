package com.servicecentre.api;

/** A refusal of our own API with its HTTP status and a message the caller can act on. */
public class ApiException extends RuntimeException {

  private final int status;

  public ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
