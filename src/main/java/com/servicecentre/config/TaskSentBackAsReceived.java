package com.servicecentre.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Tasklist saves a follow-up date by sending the whole task back (PUT task/{id}), including the form reference
 * ({@code camundaFormRef}) it was given. Camunda's REST API cannot read that property back (it is typed as an
 * interface), so every such save failed with 400 for every task with a Camunda Form. The reference comes from the
 * model and is never changed this way, so it is dropped from the request before it is read.
 */
@Provider
public class TaskSentBackAsReceived implements ContainerRequestFilter {

  private static final Pattern TASK = Pattern.compile("(^|.*/)task/[^/]+/?$");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!"PUT".equals(request.getMethod()) || !TASK.matcher(request.getUriInfo().getPath()).matches()
        || !request.hasEntity()) {
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    try {
      JsonNode task = JSON.readTree(body);
      if (task instanceof ObjectNode object && object.has("camundaFormRef")) {
        object.remove("camundaFormRef");
        body = JSON.writeValueAsBytes(object);
      }
    } catch (IOException notJson) {
      // left as it came: the REST API answers it
    }
    request.setEntityStream(new ByteArrayInputStream(body));
  }
}
