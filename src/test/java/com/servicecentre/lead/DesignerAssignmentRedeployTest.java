package com.servicecentre.lead;

import static com.servicecentre.lead.LeadToOrderProcessTest.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TestRules;
import com.servicecentre.TestStaff;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager's changed table, deployed into the running application, decides the very next lead. */
@ServiceCentreTest
class DesignerAssignmentRedeployTest {

  @Autowired ProcessEngine engine;

  @Test
  void nextLeadFollowsTheNewlyDeployedTable() throws Exception {
    AbstractAssertions.init(engine);
    TestStaff.member(engine.getIdentityService(), "zhuyan", "designer");
    TestStaff.member(engine.getIdentityService(), "majing", "designer-senior");
    assertThat(levelFor(35000)).isEqualTo("designer-senior");
    int before = TestRules.latestVersion(engine, "designer-assignment");

    // The manager raises the small-order bound to 40,000 in Modeler and deploys: no restart, no code.
    String table = Files.readString(Path.of("decisions/designer-assignment.dmn"))
        .replace("[0..30000]", "[0..40000]")
        .replace("]30000..50000[", "]40000..50000[");
    engine.getRepositoryService().createDeployment()
        .name("小单上限调至4万")
        .addString("designer-assignment.dmn", table)
        .deploy();

    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey("designer-assignment").latestVersion().singleResult().getVersion()).isEqualTo(before + 1);
    assertThat(levelFor(35000)).isEqualTo("designer");
    assertThat(levelFor(40000.01)).isEqualTo("designer-senior");
  }

  @AfterEach
  void undo() throws Exception {
    TestRules.restore(engine, "designer-assignment");
  }

  private int leads;

  private String levelFor(double amount) {
    ProcessInstance lead = engine.getRuntimeService().startProcessInstanceByKey("lead-to-order",
        lead("1393333000" + ++leads, amount, "walk-in"));
    complete(task(lead), withVariables("leadOwner", "zhuyan", "attributionBasis", "first-contact"));
    return (String) engine.getRuntimeService().getVariable(lead.getId(), "designerGroup");
  }
}
