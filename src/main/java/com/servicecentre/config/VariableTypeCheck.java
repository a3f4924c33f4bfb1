package com.servicecentre.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.servicecentre.common.InputRefused;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Camunda's REST API converts each variable to the type the caller names before anything else sees it, and a
 * value that does not convert ("abc" as a Double) comes back without the variable's name. This checks those
 * conversions first, so the answer is a 400 that names every field whose value does not fit its type.
 */
@Provider
public class VariableTypeCheck implements ContainerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> VARIABLE_MAPS =
      Set.of("variables", "modifications", "processVariables", "processVariablesLocal", "localVariables");
  private static final Set<String> SCALAR_TYPES =
      Set.of("string", "boolean", "integer", "long", "short", "double", "date", "null");
  private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!request.hasEntity() || request.getMediaType() == null
        || !request.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException notJson) {
      return; // Camunda answers malformed JSON itself
    }
    if (root == null || !root.isObject()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext();) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (VARIABLE_MAPS.contains(field.getKey()) && field.getValue().isObject()) {
        field.getValue().fields().forEachRemaining(v -> check(v.getKey(), v.getValue(), problems));
      }
    }
    if (root.has("value") && root.has("type")) {
      String path = request.getUriInfo().getPath();
      check(path.substring(path.lastIndexOf('/') + 1), root, problems);
    }
    if (!problems.isEmpty()) {
      throw new InputRefused(problems);
    }
  }

  private static void check(String name, JsonNode variable, List<String> problems) {
    JsonNode value = variable.get("value");
    String type = variable.path("type").asText("");
    // Forms send text, numbers, yes/no and dates; objects, files and bytes are no input of any form here.
    if (!type.isEmpty() && !SCALAR_TYPES.contains(type.toLowerCase())
        || type.isEmpty() && value != null && !value.isValueNode() && !value.isNull()) {
      problems.add(name + ": 不接受此类值(" + (type.isEmpty() ? "对象" : type) + ")");
      return;
    }
    if (value == null || value.isNull() || !value.isValueNode()) {
      return;
    }
    String text = value.asText();
    String wrong = switch (type.toLowerCase()) {
      case "integer", "long", "short" -> value.isIntegralNumber() || isInteger(text) ? null : "不是整数";
      case "double" -> value.isNumber() || isNumber(text) ? null : "不是数字";
      case "boolean" -> value.isBoolean() || "true".equals(text) || "false".equals(text) ? null : "不是“是/否”";
      case "date" -> isRestDate(text) ? null : "不是日期时间(yyyy-MM-ddTHH:mm:ss.SSS+0800)";
      default -> null;
    };
    if (wrong != null) {
      String shown = text.length() > 30 ? text.substring(0, 30) + "…" : text;
      problems.add(name + ": \"" + shown + "\" " + wrong);
    }
  }

  private static boolean isInteger(String text) {
    try {
      new BigDecimal(text).longValueExact();
      return true;
    } catch (NumberFormatException | ArithmeticException e) {
      return false;
    }
  }

  private static boolean isNumber(String text) {
    try {
      return Double.isFinite(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isRestDate(String text) {
    try {
      OffsetDateTime.parse(text, REST_DATE);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
