package com.servicecentre;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the engine REST API the way Camunda Tasklist does, as one logged-in member of staff. */
public class TasklistClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final TestRestTemplate rest;

  public TasklistClient(TestRestTemplate rest, String user, String password) {
    this.rest = rest.withBasicAuth(user, password);
  }

  /** Starts a process through its start form (Tasklist's "Start process"). */
  public ResponseEntity<String> submitStartForm(String processKey, Map<String, Object> variables) {
    return post("/engine-rest/process-definition/key/" + processKey + "/submit-form",
        Map.of("variables", typed(variables)));
  }

  public JsonNode task(String processInstanceId, String taskDefinitionKey) {
    JsonNode tasks = get("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + taskDefinitionKey);
    return tasks.size() == 0 ? null : tasks.get(0);
  }

  /** Claims the case's open task of this kind for the user and submits its form, as a clerk does in Tasklist. */
  public ResponseEntity<String> claimAndSubmit(String processInstanceId, String taskDefinitionKey, String userId,
      Map<String, Object> variables) {
    JsonNode task = task(processInstanceId, taskDefinitionKey);
    if (task == null) {
      throw new AssertionError(userId + " sees no task " + taskDefinitionKey + " of " + processInstanceId);
    }
    String taskId = task.get("id").asText();
    if (task.get("assignee").isNull()) {
      claim(taskId, userId);
    }
    return submitTaskForm(taskId, variables);
  }

  public ResponseEntity<String> claim(String taskId, String userId) {
    return post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", userId));
  }

  public ResponseEntity<String> submitTaskForm(String taskId, Map<String, Object> variables) {
    return post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", typed(variables)));
  }

  /** A request as a script or an attacker would send it, body and all. */
  public ResponseEntity<String> send(HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(path, method, new HttpEntity<>(json, headers), String.class);
  }

  public JsonNode get(String path) {
    try {
      return JSON.readTree(rest.getForEntity(path, String.class).getBody());
    } catch (Exception e) {
      throw new IllegalStateException("GET " + path, e);
    }
  }

  public static JsonNode json(ResponseEntity<String> response) {
    try {
      return JSON.readTree(response.getBody());
    } catch (Exception e) {
      throw new IllegalStateException(response.toString(), e);
    }
  }

  private ResponseEntity<String> post(String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  /** Tasklist sends every variable with its type, e.g. {"value": 1200.5, "type": "Double"}. */
  private static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name,
        Map.of("value", value, "type", value.getClass().getSimpleName())));
    return typed;
  }
}
