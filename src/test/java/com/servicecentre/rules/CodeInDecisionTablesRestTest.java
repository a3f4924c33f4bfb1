package com.servicecentre.rules;

import static com.servicecentre.rules.CodeInTables.designerAssignment;
import static com.servicecentre.rules.CodeInTables.smallOrderOutputInJuel;
import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import com.servicecentre.TestRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * A decision table may hold FEEL only: JUEL or a script language in a table would run code on the server. Refused
 * from Modeler (managers and admins alike) and at what-if, before anything evaluates it.
 */
@ServiceCentreTest
class CodeInDecisionTablesRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  /** Each person tries a table on the cases of their own office (the first they work in). */
  @Autowired com.servicecentre.office.Offices offices;
  @Autowired DecisionService decisions;

  @TempDir Path tempDir;

  /** Whatever a test deployed, the next one finds the table from decisions/ in force, and no shop's own version. */
  @AfterEach
  void undo() throws Exception {
    TestRules.restore(engine, "designer-assignment");
    repository.createDeploymentQuery().tenantIdIn(SHOP).list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  /** The design manager's shop: a manager deploys a table for their own office (Tenant ID). */
  private static final String SHOP = "S01";

  @Test
  void designManagerDeployingJuelFromModelerIsRefusedWith400AndNothingIsDeployed() throws Exception {
    Path file = tempDir.resolve("created-by-modeler-deployment");
    ResponseEntity<String> answer = deployAsModelerDoes("xuting", "designer-assignment.dmn",
        smallOrderOutputInJuel(file));
    // Were the table deployed, the next small order would run its code.
    evaluateQuietly(20000);

    assertThat(file).doesNotExist();
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(answer)).contains("决策表只能使用 FEEL 表达式").contains("designer-assignment.dmn")
        .contains("size-small").contains("juel");
    assertNoInternals(answer.getBody());
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("designer-assignment")
        .tenantIdIn(SHOP).count()).isZero();
  }

  @Test
  void adminIsRefusedTooWhenTheWholeFileDeclaresJuel() throws Exception {
    int before = latestVersion();
    ResponseEntity<String> answer = deployAsModelerDoes("demo", "designer-assignment.dmn",
        designerAssignment().replace("<definitions ", "<definitions expressionLanguage=\"juel\" "));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(answer)).contains("决策表只能使用 FEEL 表达式").contains("designer-assignment-definitions")
        .contains("派单设计师级别").contains("juel");
    assertNoInternals(answer.getBody());
    assertThat(latestVersion()).isEqualTo(before);
  }

  @Test
  void scriptLanguagesAreRefusedNamingEachElement() throws Exception {
    int before = latestVersion();
    String table = designerAssignment()
        .replace("<inputExpression id=\"input-estimated-amount-expression\"",
            "<inputExpression id=\"input-estimated-amount-expression\" expressionLanguage=\"javascript\"")
        .replace("<inputEntry id=\"entry-small\">", "<inputEntry id=\"entry-small\" expressionLanguage=\"groovy\">");
    ResponseEntity<String> answer = deployAsModelerDoes("demo", "designer-assignment.dmn", table);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(answer)).contains("input-estimated-amount-expression").contains("javascript")
        .contains("entry-small").contains("groovy").contains("按单值派设计师级别");
    assertNoInternals(answer.getBody());
    assertThat(latestVersion()).isEqualTo(before);
  }

  @Test
  void feelInAnyOfItsSpellingsStillDeploysAndEvaluates() throws Exception {
    String table = designerAssignment()
        .replace("<definitions ", "<definitions expressionLanguage=\"https://www.omg.org/spec/DMN/20191111/FEEL/\" ")
        .replace("<inputEntry id=\"entry-small\">",
            "<inputEntry id=\"entry-small\" expressionLanguage=\"http://www.omg.org/spec/FEEL/20140401\">")
        .replace("<outputEntry id=\"size-small\">", "<outputEntry id=\"size-small\" expressionLanguage=\"FEEL\">");
    ResponseEntity<String> answer = deployAsModelerDoes("xuting", "designer-assignment.dmn", table);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("designer-assignment")
        .tenantIdIn(SHOP).count()).isEqualTo(1);
    assertThat(sizeOf(20000)).isEqualTo("small");
    assertThat(sizeOf(35000)).isEqualTo("medium");
  }

  @Test
  void adminStillDeploysProcessModelsWithTheirExpressions() throws Exception {
    String model = Files.readString(Path.of("processes/complaint-handling.bpmn")).replace("投诉处理", "投诉处理(改)");
    assertThat(model).contains("${decisionResult.getSingleResult()");
    ResponseEntity<String> answer = deployAsModelerDoes("demo", "complaint-handling.bpmn", model);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void whatIfRefusesJuelBeforeEvaluatingIt() throws Exception {
    Path file = tempDir.resolve("created-by-what-if");
    sizeOf(20000); // a recorded small order for the what-if to replay

    ResponseEntity<String> uploaded = whatIf("huangjun", smallOrderOutputInJuel(file), MediaType.MULTIPART_FORM_DATA);

    assertThat(file).doesNotExist();
    assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(uploaded)).contains("决策表只能使用 FEEL 表达式").contains("size-small").contains("juel");
    assertNoInternals(uploaded.getBody());

    ResponseEntity<String> asBody = whatIf("xuting", smallOrderOutputInJuel(file), MediaType.APPLICATION_XML);
    assertThat(file).doesNotExist();
    assertThat(asBody.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(asBody)).contains("size-small").contains("juel");
  }

  @Test
  void whatIfRefusesAScriptOnTheWholeFile() throws Exception {
    sizeOf(20000);
    ResponseEntity<String> answer = whatIf("xuting",
        designerAssignment().replace("<definitions ", "<definitions expressionLanguage=\"javascript\" "),
        MediaType.MULTIPART_FORM_DATA);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(answer)).contains("designer-assignment-definitions").contains("javascript");
  }

  /** Neither a stack trace, nor SQL, nor a Java class name. */
  private static void assertNoInternals(String body) {
    assertThat(body).doesNotContain("Exception").doesNotContain("java.").doesNotContain("org.camunda")
        .doesNotContain("\tat ").doesNotContainIgnoringCase("select ").doesNotContain("ACT_");
  }

  /**
   * The request Camunda Modeler 5 sends for "Deploy to Camunda 7": the admin (demo) changes the shared table, the
   * design manager her shop's (Tenant ID).
   */
  private ResponseEntity<String> deployAsModelerDoes(String user, String fileName, String content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "改规则 (" + user + ")");
    parts.add("deployment-source", "Camunda Modeler");
    if (!"demo".equals(user)) {
      parts.add("tenant-id", SHOP);
    }
    parts.add("enable-duplicate-filtering", "true");
    parts.add(fileName, file(fileName, content));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo")
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
  }

  private ResponseEntity<String> whatIf(String user, String candidate, MediaType as) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(as);
    Object body;
    if (as.equals(MediaType.MULTIPART_FORM_DATA)) {
      MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
      parts.add("file", file("candidate.dmn", candidate));
      body = parts;
    } else {
      body = candidate.getBytes(StandardCharsets.UTF_8);
    }
    return rest.withBasicAuth(user, "demo").postForEntity("/api/decisions/designer-assignment/what-if?last=20&office="
        + offices.officesOf(user).get(0),
        new HttpEntity<>(body, headers), String.class);
  }

  private static ByteArrayResource file(String name, String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  private static String message(ResponseEntity<String> answer) {
    return TasklistClient.json(answer).get("message").asText();
  }

  private int latestVersion() {
    return repository.createDecisionDefinitionQuery().decisionDefinitionKey("designer-assignment").withoutTenantId()
        .latestVersion().singleResult().getVersion();
  }

  /** The order size for a lead of the design manager's shop: its own table if it has one, else the shared. */
  private String sizeOf(double amount) {
    var evaluation = decisions.evaluateDecisionTableByKey("designer-assignment");
    return (repository.createDecisionDefinitionQuery().decisionDefinitionKey("designer-assignment").tenantIdIn(SHOP)
        .count() > 0 ? evaluation.decisionDefinitionTenantId(SHOP) : evaluation.decisionDefinitionWithoutTenantId())
        .variables(Variables.createVariables().putValue("estimatedAmount", amount)).evaluate().getSingleResult()
        .getEntry("orderSize");
  }

  private void evaluateQuietly(double amount) {
    try {
      sizeOf(amount);
    } catch (RuntimeException refusedOrBroken) {
      // only whether the file appears matters here
    }
  }
}
