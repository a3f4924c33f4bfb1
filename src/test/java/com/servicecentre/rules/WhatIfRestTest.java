package com.servicecentre.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import com.servicecentre.lead.LeadToOrderProcessTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
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

/** Before deploying, the design manager sees which recorded leads a changed size table would have sized otherwise. */
@ServiceCentreTest
class WhatIfRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  @Test
  void replaysTheLastEvaluationsAndNamesTheCasesWhoseOutcomeWouldChange() throws Exception {
    AbstractAssertions.init(engine);
    // Sized in this order; the last three are the most recent evaluations.
    Map<Double, String> leadNoByAmount = new HashMap<>();
    for (double amount : new double[] {30000.01, 35000, 20000, 45000, 50000, 80000}) {
      leadNoByAmount.put(amount, sizedLead(amount));
    }
    int versionBefore = latestVersion();

    JsonNode report = whatIf("xuting", raisedSmallOrderBound(), 6);

    assertThat(report.get("decisionKey").asText()).isEqualTo("designer-assignment");
    assertThat(report.get("replayed").asInt()).isEqualTo(6);
    assertThat(report.get("changed").asInt()).isEqualTo(2);
    assertThat(report.get("unchanged").asInt()).isEqualTo(4);
    assertThat(report.get("changes")).extracting(c -> c.get("case").asText())
        .containsExactlyInAnyOrder(leadNoByAmount.get(30000.01), leadNoByAmount.get(35000.0));
    JsonNode change = report.get("changes").get(0);
    assertThat(change.get("inputs").get("estimatedAmount").asDouble()).isIn(30000.01, 35000.0);
    assertThat(change.get("oldOutcome").get(0).get("orderSize").asText()).isEqualTo("medium");
    assertThat(change.get("oldOutcome").get(0).get("designerGroup").asText()).isEqualTo("designer-senior");
    assertThat(change.get("newOutcome").get(0).get("orderSize").asText()).isEqualTo("small");
    assertThat(change.get("newOutcome").get(0).get("designerGroup").asText()).isEqualTo("designer");

    // Only the last three: none of them changes.
    JsonNode lastThree = whatIf("xuting", raisedSmallOrderBound(), 3);
    assertThat(lastThree.get("replayed").asInt()).isEqualTo(3);
    assertThat(lastThree.get("changed").asInt()).isZero();

    // The current table itself changes nothing, and a what-if deploys nothing.
    assertThat(whatIf("demo", Files.readString(Path.of("decisions/designer-assignment.dmn")), 6)
        .get("changed").asInt()).isZero();
    assertThat(latestVersion()).isEqualTo(versionBefore);
  }

  @Test
  void candidateSentAsTheRequestBodyWorksToo() throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_XML);
    ResponseEntity<String> answer = rest.withBasicAuth("xuting", "demo").postForEntity(
        "/api/decisions/designer-assignment/what-if?last=5&office=S01",
        new HttpEntity<>(raisedSmallOrderBound().getBytes(StandardCharsets.UTF_8), headers), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(TasklistClient.json(answer).has("replayed")).isTrue();
  }

  @Test
  void candidateThatCannotBeComparedIsRefusedWithTheReason() throws Exception {
    ResponseEntity<String> broken = upload("xuting", "designer-assignment", "<definitions>half a table", 10);
    assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(broken)).contains("不是可用的 DMN");

    ResponseEntity<String> otherKey = upload("xuting", "designer-assignment",
        Files.readString(Path.of("decisions/complaint-routing.dmn")), 10);
    assertThat(otherKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(otherKey)).contains("没有决策 designer-assignment").contains("complaint-routing");

    ResponseEntity<String> lostInput = upload("xuting", "designer-assignment",
        Files.readString(Path.of("decisions/designer-assignment.dmn"))
            .replace("<text>estimatedAmount</text>", "<text>budget</text>"), 10);
    assertThat(lostInput.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(lostInput)).contains("缺少").contains("estimatedAmount").contains("预估合同金额");

    assertThat(upload("xuting", "no-such-table", raisedSmallOrderBound(), 10).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void onlyThoseWhoMayDeployRulesMayTryThem() throws Exception {
    ResponseEntity<String> clerk = upload("zhangwei", "designer-assignment", raisedSmallOrderBound(), 10);
    assertThat(clerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload("demo", "designer-assignment", raisedSmallOrderBound(), 10).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // every office's cases are for those who work in every office: a shop's manager names her shop
    ResponseEntity<String> everyOffice = upload("xuting", "designer-assignment", raisedSmallOrderBound(), 10, null);
    assertThat(everyOffice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(everyOffice)).contains("office=", "S01");
    assertThat(upload("demo", "designer-assignment", raisedSmallOrderBound(), 10, null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  /**
   * With ?office= the candidate is weighed against the version that office's cases follow, on its cases only; a
   * manager of another office may not look.
   */
  @Test
  void anOfficeIsComparedWithItsOwnVersionOnItsOwnCases() throws Exception {
    AbstractAssertions.init(engine);
    leads = 10; // a phone number no other test's lead has, or it would be a duplicate
    sizedLead(35000);
    String own = engine.getRepositoryService().createDeployment().tenantId("S01").name("南山设计店的小单上限")
        .addString("designer-assignment.dmn", raisedSmallOrderBound()).deploy().getId();
    try {
      JsonNode shop = TasklistClient.json(upload("xuting", "designer-assignment", raisedSmallOrderBound(), 1, "S01"));
      assertThat(shop.get("office").asText()).isEqualTo("S01");
      assertThat(shop.get("officeVersion").asBoolean()).isTrue();
      assertThat(shop.get("deployedVersion").asInt()).isEqualTo(1);
      assertThat(shop.get("replayed").asInt()).isEqualTo(1);

      // 翠湖花园 has no lead of its own and no table of its own: the shared version, nothing to replay.
      JsonNode property = TasklistClient.json(upload("demo", "designer-assignment", raisedSmallOrderBound(), 100,
          "A01"));
      assertThat(property.get("officeVersion").asBoolean()).isFalse();
      assertThat(property.get("deployedVersion").asInt()).isEqualTo(engine.getRepositoryService()
          .createDecisionDefinitionQuery().decisionDefinitionKey("designer-assignment").withoutTenantId()
          .latestVersion().singleResult().getVersion());
      assertThat(property.get("replayed").asInt()).isZero();

      ResponseEntity<String> otherOffice = upload("xiaohong", "designer-assignment", raisedSmallOrderBound(), 10,
          "A01");
      assertThat(otherOffice.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(message(otherOffice)).contains("翠湖花园管理处");
    } finally {
      engine.getRepositoryService().deleteDeployment(own, true);
    }
  }

  private int leads;

  /** A walk-in lead, attributed, so that its size is decided inside the case. */
  private String sizedLead(double amount) {
    ProcessInstance lead = engine.getRuntimeService().startProcessInstanceByKey("lead-to-order",
        LeadToOrderProcessTest.lead("1372222000" + ++leads, amount, "walk-in"));
    complete(task(lead), withVariables("leadOwner", "zhouli", "attributionBasis", "first-contact"));
    return lead.getBusinessKey();
  }

  /** A what-if on the shop's cases (S01), where the design manager works and the leads are. */
  private JsonNode whatIf(String user, String candidate, int last) {
    ResponseEntity<String> answer = upload(user, "designer-assignment", candidate, last, "S01");
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return TasklistClient.json(answer);
  }

  /** As the README's curl line sends it: the file as the multipart field "file", on the shop's cases. */
  private ResponseEntity<String> upload(String user, String decisionKey, String candidate, int last) {
    return upload(user, decisionKey, candidate, last, "S01");
  }

  private ResponseEntity<String> upload(String user, String decisionKey, String candidate, int last, String office) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(candidate.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "candidate.dmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo").postForEntity(
        "/api/decisions/" + decisionKey + "/what-if?last=" + last + (office == null ? "" : "&office=" + office),
        new HttpEntity<>(parts, headers), String.class);
  }

  private static String message(ResponseEntity<String> answer) {
    return TasklistClient.json(answer).get("message").asText();
  }

  private static String raisedSmallOrderBound() throws Exception {
    return Files.readString(Path.of("decisions/designer-assignment.dmn"))
        .replace("[0..30000]", "[0..40000]").replace("]30000..50000[", "]40000..50000[");
  }

  private int latestVersion() {
    return engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("designer-assignment")
        .latestVersion().singleResult().getVersion();
  }
}
