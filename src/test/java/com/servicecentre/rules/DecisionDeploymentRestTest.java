package com.servicecentre.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import com.servicecentre.TestStaff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

/**
 * A manager deploys a changed table from Camunda Modeler for their own office (Tenant ID = office code); a clerk may
 * not; a manager may not change another office's rule nor the shared one; nobody but an admin deploys processes.
 */
@ServiceCentreTest
class DecisionDeploymentRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired DecisionService decisions;
  @Autowired HistoryService history;

  @Autowired ProcessEngine engine;

  private final List<String> deployments = new ArrayList<>();
  private final List<String> cases = new ArrayList<>();

  /** What a test deployed is taken away again, so every other test finds the tables of the release. */
  @AfterEach
  void undo() {
    cases.forEach(id -> engine.getRuntimeService().deleteProcessInstanceIfExists(id, "测试结束", true, true, true,
        true));
    deployments.forEach(id -> repository.deleteDeployment(id, true));
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
    ResponseEntity<String> deployed = deployAsModelerDoes("zhaomin", "A01", "repair-price-list.dmn", raised);
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(((Number) decisions.evaluateDecisionTableByKey("repair-price-list")
        .decisionDefinitionTenantId("A01").variables(Variables.createVariables().putValue("chargeService",
            "tap-replace")).evaluate().getSingleResult().getEntry("unitPrice")).intValue()).isEqualTo(35);

    int before = latestVersion("designer-assignment", "A01");
    ResponseEntity<String> refused = deployAsModelerDoes("zhaomin", "A01", "designer-assignment.dmn",
        raisedSmallOrderBound());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("designer-assignment");
    assertThat(latestVersion("designer-assignment", "A01")).isEqualTo(before);
    // nor may the clerks change the price list
    assertThat(deployAsModelerDoes("zhangwei", "A01", "repair-price-list.dmn", raised.replace("<text>35</text>",
        "<text>1</text>")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void designManagerDeploysFromModelerAndTheNextEvaluationUsesTheNewVersion() throws Exception {
    assertThat(latestVersion("designer-assignment", "S01")).isZero();
    assertThat(sizeOf(35000, null)).isEqualTo("medium");

    // Modeler leaves the time to live out unless the manager fills it in: the configured retention applies.
    ResponseEntity<String> deployed = deployAsModelerDoes("xuting", "S01", "designer-assignment.dmn",
        raisedSmallOrderBound().replace("camunda:historyTimeToLive=\"P1825D\"", ""));

    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(TasklistClient.json(deployed).get("source").asText()).isEqualTo("Camunda Modeler");
    assertThat(TasklistClient.json(deployed).get("tenantId").asText()).isEqualTo("S01");
    assertThat(latestVersion("designer-assignment", "S01")).isEqualTo(1);
    assertThat(sizeOf(35000, "S01")).isEqualTo("small");
    // The other offices keep the shared table.
    assertThat(sizeOf(35000, null)).isEqualTo("medium");
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("designer-assignment")
        .tenantIdIn("S01").latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(1825);
    // The deployment is on record with the person who made it.
    assertThat(history.createUserOperationLogQuery()
        .deploymentId(TasklistClient.json(deployed).get("id").asText())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).list())
        .isNotEmpty().allSatisfy(entry -> assertThat(entry.getUserId()).isEqualTo("xuting"));
  }

  @Test
  void officeManagerAndAdminMayDeployDecisionsToo() throws Exception {
    assertThat(deployAsModelerDoes("huangjun", "A01", "designer-assignment.dmn", raisedSmallOrderBound())
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    // The shared table (no Tenant ID) is the administrator's.
    int shared = latestVersion("designer-assignment", null);
    assertThat(deployAsModelerDoes("demo", null, "designer-assignment.dmn", raisedSmallOrderBound()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(latestVersion("designer-assignment", null)).isEqualTo(shared + 1);
    assertThat(sizeOf(35000, null)).isEqualTo("small");
  }

  @Test
  void aTenantIdThatIsNoOfficeIsRefusedEvenForAnAdministrator() throws Exception {
    ResponseEntity<String> refused = deployAsModelerDoes("demo", "A1", "designer-assignment.dmn",
        raisedSmallOrderBound());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(TasklistClient.json(refused).path("message").asText()).contains("Tenant ID", "A01、A02、S01");
    assertThat(latestVersion("designer-assignment", "A1")).isZero();
  }

  @Test
  void clerkIsRefusedWith403AndNothingIsDeployed() throws Exception {
    ResponseEntity<String> refused = deployAsModelerDoes("zhangwei", "A01", "designer-assignment.dmn",
        raisedSmallOrderBound());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(latestVersion("designer-assignment", "A01")).isZero();
  }

  /**
   * 翠湖花园 keeps a stricter arrival limit of its own: its repairs follow it, 锦绣苑's the shared table. The office
   * manager of 锦绣苑 cannot change 翠湖花园's rule, and neither manager the shared one.
   */
  @Test
  void anOfficeDeploysItsOwnRuleAndTheOtherOfficesKeepTheSharedOne() throws Exception {
    String stricter = Files.readString(Path.of("decisions/repair-dispatch-rules.dmn")).replace(
        "<outputEntry id=\"repair-time-limits-rule-1-out-0\"><text>\"2工作小时\"</text>",
        "<outputEntry id=\"repair-time-limits-rule-1-out-0\"><text>\"1工作小时\"</text>");
    assertThat(stricter).contains("\"1工作小时\"");

    ResponseEntity<String> refused = deployAsModelerDoes("xiaohong", "A01", "repair-dispatch-rules.dmn", stricter);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("翠湖花园管理处");
    ResponseEntity<String> shared = deployAsModelerDoes("huangjun", null, "repair-dispatch-rules.dmn", stricter);
    assertThat(shared.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(shared.getBody()).contains("共用").contains("锦绣苑管理处");
    assertThat(latestVersion("repair-dispatch-rules", "A01")).isZero();
    int sharedVersion = latestVersion("repair-dispatch-rules", null);

    ResponseEntity<String> deployed = deployAsModelerDoes("huangjun", "A01", "repair-dispatch-rules.dmn", stricter);
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(latestVersion("repair-dispatch-rules", "A01")).isEqualTo(1);
    assertThat(latestVersion("repair-dispatch-rules", null)).isEqualTo(sharedVersion);

    TestStaff.member(engine.getIdentityService(), "zhangwei", "customer-service");
    ProcessInstance ownRule = startRepairAs("zhangwei");
    ProcessInstance sharedRule = startRepairAs("sunyue");
    assertThat(ownRule.getTenantId()).isEqualTo("A01");
    assertThat(sharedRule.getTenantId()).isEqualTo("A02");
    assertThat(engine.getRuntimeService().getVariable(ownRule.getId(), "arrivalLimit")).isEqualTo("1工作小时");
    assertThat(engine.getRuntimeService().getVariable(sharedRule.getId(), "arrivalLimit")).isEqualTo("2工作小时");

    // Taking the office's deployment away brings its cases back to the shared table.
    String deploymentId = TasklistClient.json(deployed).get("id").asText();
    repository.deleteDeployment(deploymentId, true);
    deployments.remove(deploymentId);
    assertThat(engine.getRuntimeService().getVariable(startRepairAs("zhangwei").getId(), "arrivalLimit"))
        .isEqualTo("2工作小时");
  }

  @Test
  void managerMayNotDeployAProcessModel() throws Exception {
    String model = Files.readString(Path.of("processes/complaint-handling.bpmn")).replace("投诉处理", "投诉处理(改)");
    long before = repository.createProcessDefinitionQuery().processDefinitionKey("complaint-handling").count();
    ResponseEntity<String> refused = deployAsModelerDoes("xuting", "S01", "complaint-handling.bpmn", model);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("只能部署决策表(.dmn)").contains("complaint-handling.bpmn");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("complaint-handling").count())
        .isEqualTo(before);
  }

  /**
   * The request Camunda Modeler 5 sends for "Deploy to Camunda 7": the diagram plus its deployment fields, the
   * Tenant ID among them when filled in (null: left empty, the shared table). What it deploys is undone afterwards.
   */
  private ResponseEntity<String> deployAsModelerDoes(String user, String office, String fileName, String content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "小单上限调至4万 (" + user + ")");
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("deploy-changed-only", "true");
    if (office != null) {
      parts.add("tenant-id", office);
    }
    parts.add(fileName, new ByteArrayResource(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> answer = rest.withBasicAuth(user, "demo")
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
    if (answer.getStatusCode() == HttpStatus.OK) {
      deployments.add(TasklistClient.json(answer).get("id").asText());
    }
    return answer;
  }

  private ProcessInstance startRepairAs(String user) {
    ProcessInstance[] started = new ProcessInstance[1];
    TestStaff.as(engine.getIdentityService(), user, () -> started[0] = engine.getRuntimeService()
        .startProcessInstanceByKey("repair-dispatch",
            Map.of("reporter", "王先生", "unit", "5栋2单元701", "areaType", "in-home", "trade", "plumbing-electrical",
                "repairSize", "minor", "urgency", "normal", "underWarranty", false, "description", "漏水")));
    cases.add(started[0].getId());
    return started[0];
  }

  private static String raisedSmallOrderBound() throws Exception {
    return Files.readString(Path.of("decisions/designer-assignment.dmn"))
        .replace("[0..30000]", "[0..40000]").replace("]30000..50000[", "]40000..50000[");
  }

  /** The newest version of the office's own table (0: it has none), or of the shared one (office null). */
  private int latestVersion(String key, String office) {
    var query = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion();
    var latest = (office == null ? query.withoutTenantId() : query.tenantIdIn(office)).singleResult();
    return latest == null ? 0 : latest.getVersion();
  }

  /** The order size by the office's own table (office null: the shared one). */
  private String sizeOf(double amount, String office) {
    var evaluation = decisions.evaluateDecisionTableByKey("designer-assignment");
    return (office == null ? evaluation.decisionDefinitionWithoutTenantId()
        : evaluation.decisionDefinitionTenantId(office))
        .variables(Variables.createVariables().putValue("estimatedAmount", amount)).evaluate().getSingleResult()
        .getEntry("orderSize");
  }
}
