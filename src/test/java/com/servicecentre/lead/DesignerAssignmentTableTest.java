package com.servicecentre.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The designer-assignment table on the standalone DMN engine, straight from decisions/. */
class DesignerAssignmentTableTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("decisions/designer-assignment.dmn"))) {
      decision = engine.parseDecision("designer-assignment", in);
    }
  }

  private static DmnDecisionTableResult evaluate(Double amount) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("estimatedAmount", amount);
    return engine.evaluateDecisionTable(decision, vars);
  }

  @ParameterizedTest
  @CsvSource({
      "0, small, designer",
      "29999.99, small, designer",
      "30000, small, designer",
      "30000.01, medium, designer-senior",
      "49999.99, medium, designer-senior",
      "50000, large, designer-chief",
      "1200000, large, designer-chief"
  })
  void sizeDecidesDesignerLevel(double amount, String size, String group) {
    DmnDecisionTableResult result = evaluate(amount);
    assertThat(result.getSingleResult().getEntryMap())
        .containsEntry("orderSize", size)
        .containsEntry("designerGroup", group);
  }

  @Test
  void missingAmountIsAnErrorNotASize() {
    assertThat(evaluate(null).getSingleResult().<String>getEntry("orderSize")).isEqualTo("invalid");
  }

  @Test
  void negativeAmountIsAnErrorNotASize() {
    DmnDecisionTableResult result = evaluate(-0.01);
    assertThat(result.getSingleResult().<String>getEntry("orderSize")).isEqualTo("invalid");
    assertThat(result.getSingleResult().<String>getEntry("designerGroup")).isNull();
  }
}
