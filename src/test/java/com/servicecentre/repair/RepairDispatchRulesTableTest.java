package com.servicecentre.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The repair-dispatch-rules DRD on the standalone DMN engine, straight from decisions/. */
class RepairDispatchRulesTableTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTables() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("decisions/repair-dispatch-rules.dmn"))) {
      decision = engine.parseDecision("repair-dispatch-rules", in);
    }
  }

  private static Map<String, Object> rules(String trade, String area, String size, String urgency, Boolean warranty) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("trade", trade);
    vars.put("areaType", area);
    vars.put("repairSize", size);
    vars.put("urgency", urgency);
    vars.put("underWarranty", warranty);
    return engine.evaluateDecision(decision, vars).getSingleResult().getEntryMap();
  }

  @ParameterizedTest(name = "{0} {1} {2} {3} warranty={4} → {5}, {6}h/{7}h, chargeable {8}")
  @CsvSource({
      "plumbing-electrical, in-home, minor, normal, false, in-house, 2.0, 12.0, true",
      "plumbing-electrical, in-home, minor, normal, true, in-house, 2.0, 12.0, false",
      "drain, public-area, medium, normal, false, in-house, 2.0, 48.0, false",
      "civil-doors-windows, in-home, major, normal, false, in-house, 2.0, 72.0, true",
      "lift, public-area, major, urgent, false, outsourced, 0.5, 72.0, false",
      "access-control, in-home, minor, urgent, false, outsourced, 0.5, 12.0, true",
      "fire, public-area, minor, urgent, false, in-house, 0.5, 12.0, false"
  })
  void decidesTeamLimitsAndCharge(String trade, String area, String size, String urgency, boolean warranty,
      String team, double arrival, double completion, boolean chargeable) {
    assertThat(rules(trade, area, size, urgency, warranty))
        .containsEntry("team", team)
        .containsEntry("arrivalHours", arrival)
        .containsEntry("completionHours", completion)
        .containsEntry("chargeable", chargeable);
  }

  @Test
  void minorRepairIsDoneBeforeNightAndMajorWithinThreeDays() {
    assertThat((Double) rules("other", "in-home", "minor", "normal", false).get("completionHours")).isLessThanOrEqualTo(12);
    assertThat((Double) rules("other", "in-home", "major", "normal", false).get("completionHours")).isEqualTo(72);
  }

  @Test
  void unknownInputsGetTheStrictestLimitsAndNoChargeNeverANull() {
    Map<String, Object> unknown = rules("roof", "garden", "huge", "whenever", null);
    assertThat(unknown).containsEntry("team", "in-house").containsEntry("arrivalHours", 0.5)
        .containsEntry("completionHours", 4.0).containsEntry("chargeable", false);
    assertThat(rules(null, null, null, null, null)).doesNotContainValue(null);
  }
}
