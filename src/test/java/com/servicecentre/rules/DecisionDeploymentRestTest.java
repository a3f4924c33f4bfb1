package com.servicecentre.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import com.servicecentre.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A manager deploys a changed table from Camunda Modeler; a clerk may not; nobody but an admin deploys processes. */
@ServiceCentreTest
class DecisionDeploymentRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired DecisionService decisions;
  @Autowired HistoryService history;

  @Autowired ProcessEngine engine;

  /** A manager's change is undone by deploying the previous file again, as the README says. */
  @AfterEach
  void undo() throws Exception {
    TestRules.restore(engine, "designer-assignment");
    TestRules.restore(engine, "repair-price-list");
  }

  /**
   * Finance keeps the price list of paid repairs: it deploys a changed list from Modeler like the managers deploy
   * their rules, and the next charge is priced by it; any other table is refused to finance (403).
   */
  @Test
  void financeDeploysThePriceListAndNoOtherTable() throws Exception {
    String raised = Files.readString(Path.of("decisions/repair-price-list.dmn"))
        .replace("<outputEntry id=\"repair-price-list-tap-replace-price\"><text>30</text>",
            "<outputEntry id=\"repair-price-list-tap-replace-price\"><text>35</text>");
    assertThat(raised).contains("<text>35</text>");
    ResponseEntity<String> deployed = deployAsModelerDoes("zhaomin", "repair-price-list.dmn", raised);
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(((Number) decisions.evaluateDecisionTableByKey("repair-price-list",
        Variables.createVariables().putValue("chargeService", "tap-replace")).getSingleResult().getEntry("unitPrice"))
        .intValue()).isEqualTo(35);

    int before = latestVersion("designer-assignment");
    ResponseEntity<String> refused = deployAsModelerDoes("zhaomin", "designer-assignment.dmn", raisedSmallOrderBound());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("designer-assignment");
    assertThat(latestVersion("designer-assignment")).isEqualTo(before);
    // nor may the clerks change the price list
    assertThat(deployAsModelerDoes("zhangwei", "repair-price-list.dmn", raised.replace("<text>35</text>",
        "<text>1</text>")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void designManagerDeploysFromModelerAndTheNextEvaluationUsesTheNewVersion() throws Exception {
    int before = latestVersion("designer-assignment");
    assertThat(sizeOf(35000)).isEqualTo("medium");

    // Modeler leaves the time to live out unless the manager fills it in: the configured retention applies.
    ResponseEntity<String> deployed = deployAsModelerDoes("xuting", "designer-assignment.dmn",
        raisedSmallOrderBound().replace("camunda:historyTimeToLive=\"P1825D\"", ""));

    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(TasklistClient.json(deployed).get("source").asText()).isEqualTo("Camunda Modeler");
    assertThat(latestVersion("designer-assignment")).isEqualTo(before + 1);
    assertThat(sizeOf(35000)).isEqualTo("small");
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("designer-assignment")
        .latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(1825);
    // The deployment is on record with the person who made it.
    assertThat(history.createUserOperationLogQuery()
        .deploymentId(TasklistClient.json(deployed).get("id").asText())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).list())
        .isNotEmpty().allSatisfy(entry -> assertThat(entry.getUserId()).isEqualTo("xuting"));
  }

  @Test
  void officeManagerAndAdminMayDeployDecisionsToo() throws Exception {
    assertThat(deployAsModelerDoes("huangjun", "designer-assignment.dmn", raisedSmallOrderBound()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(deployAsModelerDoes("demo", "designer-assignment.dmn", raisedSmallOrderBound()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void clerkIsRefusedWith403AndNothingIsDeployed() throws Exception {
    int before = latestVersion("designer-assignment");
    ResponseEntity<String> refused = deployAsModelerDoes("zhangwei", "designer-assignment.dmn", raisedSmallOrderBound());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(latestVersion("designer-assignment")).isEqualTo(before);
  }

  @Test
  void managerMayNotDeployAProcessModel() throws Exception {
    String model = Files.readString(Path.of("processes/complaint-handling.bpmn")).replace("投诉处理", "投诉处理(改)");
    long before = repository.createProcessDefinitionQuery().processDefinitionKey("complaint-handling").count();
    ResponseEntity<String> refused = deployAsModelerDoes("xuting", "complaint-handling.bpmn", model);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("只能部署决策表(.dmn)").contains("complaint-handling.bpmn");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("complaint-handling").count())
        .isEqualTo(before);
  }

  /** The request Camunda Modeler 5 sends for "Deploy to Camunda 7": the diagram plus its deployment fields. */
  private ResponseEntity<String> deployAsModelerDoes(String user, String fileName, String content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "小单上限调至4万 (" + user + ")");
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("deploy-changed-only", "true");
    parts.add(fileName, new ByteArrayResource(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo")
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
  }

  private static String raisedSmallOrderBound() throws Exception {
    return Files.readString(Path.of("decisions/designer-assignment.dmn"))
        .replace("[0..30000]", "[0..40000]").replace("]30000..50000[", "]40000..50000[");
  }

  private int latestVersion(String key) {
    return repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult()
        .getVersion();
  }

  private String sizeOf(double amount) {
    return decisions.evaluateDecisionTableByKey("designer-assignment",
        Variables.createVariables().putValue("estimatedAmount", amount)).getSingleResult().getEntry("orderSize");
  }
}
