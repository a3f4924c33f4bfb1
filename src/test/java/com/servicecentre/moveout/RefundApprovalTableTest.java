package com.servicecentre.moveout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The refund-approval table on the standalone DMN engine, straight from decisions/, boundaries included. */
class RefundApprovalTableTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("decisions/refund-approval.dmn"))) {
      decision = engine.parseDecision("refund-approval", in);
    }
  }

  @ParameterizedTest(name = "{0} yuan, {1} → {2}")
  @CsvSource(nullValues = "NULL", value = {
      "0, lease-end, cs-supervisor",
      "1999.99, sale, cs-supervisor",
      "1999.99, other, 'cs-supervisor,office-manager'",
      "2000, lease-end, office-manager",
      "9999.99, other, office-manager",
      "10000, lease-end, 'office-manager,finance-manager'",
      "49999.99, relocation, 'office-manager,finance-manager'",
      "50000, lease-end, 'cs-supervisor,office-manager,finance-manager'",
      "-0.01, lease-end, 'cs-supervisor,office-manager,finance-manager'",
      "NULL, lease-end, 'cs-supervisor,office-manager,finance-manager'"
  })
  void approvalLevelsByAmountAndReason(BigDecimal amount, String reason, String chain) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("refundDue", amount);
    vars.put("reason", reason);
    List<String> approvers = engine.evaluateDecisionTable(decision, vars).collectEntries("approver");
    assertThat(approvers).containsExactly(chain.split(","));
  }
}
