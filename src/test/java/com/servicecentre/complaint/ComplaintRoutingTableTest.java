package com.servicecentre.complaint;

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

/** The complaint-routing table on the standalone DMN engine, straight from decisions/. */
class ComplaintRoutingTableTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("decisions/complaint-routing.dmn"))) {
      decision = engine.parseDecision("complaint-routing", in);
    }
  }

  private static Map<String, Object> route(String category, String severity) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("category", category);
    vars.put("severity", severity);
    return engine.evaluateDecisionTable(decision, vars).getSingleResult().getEntryMap();
  }

  @ParameterizedTest(name = "{0}/{1} → {2}, {3}h/{4}h, visit {5}h, important {6}")
  @CsvSource({
      "repair, normal, maintenance, 2, 24, 48, false",
      "repair, serious, maintenance, 1, 72, 24, false",
      "repair, urgent, maintenance, 1, 8, 24, true",
      "fees, normal, finance, 2, 72, 48, false",
      "noise, normal, customer-service, 2, 24, 48, false",
      "sanitation, normal, cs-supervisor, 2, 24, 48, false",
      "security, serious, cs-supervisor, 1, 24, 24, true",
      "staff-attitude, serious, cs-supervisor, 1, 24, 24, true",
      "outsourced-service, serious, cs-supervisor, 1, 24, 24, false",
      "other, normal, undecided, 2, 24, 48, false"
  })
  void routesByCategoryAndSeverity(String category, String severity, String group, int response, int resolution,
      int visit, boolean important) {
    assertThat(route(category, severity))
        .containsEntry("responsibleGroup", group)
        .containsEntry("responseHours", response)
        .containsEntry("resolutionHours", resolution)
        .containsEntry("returnVisitHours", visit)
        .containsEntry("importantEvent", important);
  }

  @Test
  void everyKnownCategoryIsInvestigatedWithinTheDayUnlessItIsAFeeOrMajorRepair() {
    for (String category : new String[] {"sanitation", "security", "noise", "staff-attitude", "outsourced-service", "other"}) {
      for (String severity : new String[] {"normal", "serious"}) {
        assertThat(route(category, severity)).containsEntry("resolutionHours", 24);
      }
    }
  }

  @Test
  void aCategoryNoRuleKnowsGoesToTheSupervisorNeverASilentNull() {
    assertThat(route("parking", "normal"))
        .containsEntry("responsibleGroup", "undecided").containsEntry("importantEvent", true)
        .containsEntry("resolutionHours", 8);
    assertThat(route(null, "normal")).containsEntry("responsibleGroup", "undecided");
  }

  @Test
  void anUnknownOrMissingSeverityIsTreatedAsUrgentForTheSupervisor() {
    assertThat(route("noise", "critical")).containsEntry("responsibleGroup", "undecided").containsEntry("responseHours", 1);
    assertThat(route("noise", null)).containsEntry("responsibleGroup", "undecided").containsEntry("importantEvent", true);
  }
}
