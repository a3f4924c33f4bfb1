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

  /**
   * Each level applies from its threshold up and stays for every larger refund: no level is skipped and added
   * again higher up (50,000 used to bring the supervisor back after skipping it from 2,000). A refund of 0 needs no
   * approval.
   */
  @ParameterizedTest(name = "{0} yuan, {1} → {2}")
  @CsvSource(nullValues = "NULL", value = {
      "0, lease-end, ''",
      "0, other, ''",
      "0.01, lease-end, cs-supervisor",
      "1999.99, sale, cs-supervisor",
      "1999.99, other, 'cs-supervisor,office-manager'",
      "2000, lease-end, 'cs-supervisor,office-manager'",
      "9999.99, other, 'cs-supervisor,office-manager'",
      "10000, lease-end, 'cs-supervisor,office-manager,finance-manager'",
      "49999.99, relocation, 'cs-supervisor,office-manager,finance-manager'",
      "50000, lease-end, 'cs-supervisor,office-manager,finance-manager'",
      "-0.01, lease-end, 'cs-supervisor,office-manager,finance-manager'",
      "NULL, lease-end, 'cs-supervisor,office-manager,finance-manager'"
  })
  void approvalLevelsByAmountAndReason(BigDecimal amount, String reason, String chain) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("refundDue", amount);
    vars.put("reason", reason);
    List<String> approvers = engine.evaluateDecisionTable(decision, vars).collectEntries("approver");
    if (chain == null || chain.isEmpty()) {
      assertThat(approvers).isEmpty();
    } else {
      assertThat(approvers).containsExactly(chain.split(","));
    }
  }

  /** From every threshold up the chain only grows: a level once required is never dropped for a larger refund. */
  @ParameterizedTest(name = "{0} → {1} yuan")
  @CsvSource({"0.01, 2000", "1999.99, 2000", "2000, 10000", "9999.99, 10000", "10000, 50000", "49999.99, 50000",
      "50000, 1000000"})
  void aLargerRefundKeepsEveryLevelOfASmallerOne(BigDecimal smaller, BigDecimal larger) {
    for (String reason : List.of("sale", "lease-end", "relocation", "other")) {
      Map<String, Object> small = new HashMap<>(Map.of("refundDue", smaller, "reason", reason));
      Map<String, Object> large = new HashMap<>(Map.of("refundDue", larger, "reason", reason));
      List<String> fewer = engine.evaluateDecisionTable(decision, small).collectEntries("approver");
      List<String> more = engine.evaluateDecisionTable(decision, large).collectEntries("approver");
      assertThat(more).as(reason).containsSubsequence(fewer);
    }
  }
}
