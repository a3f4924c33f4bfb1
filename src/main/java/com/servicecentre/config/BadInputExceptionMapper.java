package com.servicecentre.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Camunda's REST API wraps every engine exception of a form submission as 500 ("Cannot instantiate process
 * definition …"). Bad input refused by our validation (BadUserRequestException) is the caller's mistake: answer
 * 400 with our message, which names the wrong fields. Everything else keeps Camunda's handling.
 */
@Provider
@Priority(1)
public class BadInputExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camundaHandling = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException bad) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", "BadUserRequestException", "message", bad.getMessage())).build();
      }
    }
    return camundaHandling.toResponse(exception);
  }
}
