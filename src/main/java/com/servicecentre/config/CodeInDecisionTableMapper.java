package com.servicecentre.config;

import com.servicecentre.rules.CodeInDecisionTable;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * A deployment refused because a decision table holds code answers 400 with our message only. Camunda's own
 * mapping would add the exception's class name as "type"; Modeler shows just the message.
 */
@Provider
public class CodeInDecisionTableMapper implements ExceptionMapper<CodeInDecisionTable> {

  @Override
  public Response toResponse(CodeInDecisionTable refusal) {
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("status", 400, "message", refusal.getMessage())).build();
  }
}
