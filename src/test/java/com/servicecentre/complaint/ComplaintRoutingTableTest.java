package com.servicecentre.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.rules.FeelOnlyDmnEngine;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
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
    engine = FeelOnlyDmnEngine.standaloneEngine();
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

  /** The department is a proposal: the supervisor confirms or changes it after the same-day investigation. */
  @ParameterizedTest(name = "{0}/{1} → proposes {2}, response {3}, resolution {4}, reply {5}, visit {6}, important {7}, visited by {8}")
  @CsvSource({
      "repair, normal, maintenance, 2工作小时, 1工作日内, 1工作日内, 2工作日内, false, customer-service",
      "repair, serious, maintenance, 1工作小时, 3工作日内, 1工作日内, 1工作日内, false, cs-supervisor",
      "repair, urgent, maintenance, 1工作小时, 1工作日, 4工作小时, 1工作日内, true, office-manager",
      "fees, normal, finance, 2工作小时, 3工作日内, 1工作日内, 2工作日内, false, customer-service",
      "noise, normal, customer-service, 2工作小时, 1工作日内, 1工作日内, 2工作日内, false, customer-service",
      "sanitation, normal, cs-supervisor, 2工作小时, 1工作日内, 1工作日内, 2工作日内, false, customer-service",
      "security, serious, cs-supervisor, 1工作小时, 1工作日内, 1工作日内, 1工作日内, true, cs-supervisor",
      "staff-attitude, serious, cs-supervisor, 1工作小时, 1工作日内, 1工作日内, 1工作日内, true, cs-supervisor",
      "outsourced-service, serious, cs-supervisor, 1工作小时, 1工作日内, 1工作日内, 1工作日内, false, cs-supervisor",
      "other, normal, undecided, 2工作小时, 1工作日内, 1工作日内, 2工作日内, false, customer-service",
      "other, urgent, undecided, 1工作小时, 1工作日, 4工作小时, 1工作日内, true, office-manager"
  })
  void routesByCategoryAndSeverity(String category, String severity, String group, String response,
      String resolution, String reply, String visit, boolean important, String visitBy) {
    assertThat(route(category, severity))
        .containsEntry("responsibleGroup", group)
        .containsEntry("calendar", "office-hours")
        .containsEntry("responseLimit", response)
        .containsEntry("resolutionLimit", resolution)
        .containsEntry("replyLimit", reply)
        .containsEntry("returnVisitLimit", visit)
        .containsEntry("importantEvent", important)
        .containsEntry("visitBy", visitBy);
  }

  /** 按投诉大小安排回访: customer service visits normal complaints, the person in charge serious and urgent ones. */
  @ParameterizedTest(name = "{0} complaints are visited by {1}")
  @CsvSource({
      "normal, customer-service",
      "serious, cs-supervisor",
      "urgent, office-manager",
      "critical, office-manager"
  })
  void theReturnVisitIsMadeByWhoTheSeverityCallsFor(String severity, String visitBy) {
    for (String category : new String[] {"repair", "sanitation", "security", "fees", "noise", "staff-attitude",
        "outsourced-service", "other"}) {
      assertThat(route(category, severity)).as(category).containsEntry("visitBy", visitBy);
    }
    assertThat(route("parking", "normal")).containsEntry("visitBy", "office-manager");
  }

  @Test
  void everyKnownCategoryIsResolvedByTheNextWorkingDayUnlessItIsAFeeOrMajorRepair() {
    for (String category : new String[] {"sanitation", "security", "noise", "staff-attitude", "outsourced-service", "other"}) {
      for (String severity : new String[] {"normal", "serious"}) {
        assertThat(route(category, severity)).containsEntry("resolutionLimit", "1工作日内");
      }
    }
  }

  @Test
  void everyLimitIsOneTheProcessesCanCountOnAShippedCalendar() {
    for (String category : new String[] {"repair", "sanitation", "security", "fees", "noise", "staff-attitude",
        "outsourced-service", "other", "parking"}) {
      for (String severity : new String[] {"normal", "serious", "urgent", "critical"}) {
        Map<String, Object> route = route(category, severity);
        assertThat(com.servicecentre.sla.ShippedCalendars.NAMES).contains((String) route.get("calendar"));
        for (String limit : new String[] {"responseLimit", "resolutionLimit", "replyLimit", "returnVisitLimit"}) {
          com.servicecentre.sla.TimeLimit.parse((String) route.get(limit));
        }
      }
    }
  }

  @Test
  void aCategoryNoRuleKnowsGoesToTheSupervisorNeverASilentNull() {
    assertThat(route("parking", "normal"))
        .containsEntry("responsibleGroup", "undecided").containsEntry("importantEvent", true)
        .containsEntry("resolutionLimit", "1工作日");
    assertThat(route(null, "normal")).containsEntry("responsibleGroup", "undecided");
  }

  @Test
  void anUnknownOrMissingSeverityIsTreatedAsUrgentForTheSupervisor() {
    assertThat(route("noise", "critical")).containsEntry("responsibleGroup", "undecided").containsEntry("responseLimit", "1工作小时");
    assertThat(route("noise", null)).containsEntry("responsibleGroup", "undecided").containsEntry("importantEvent", true);
  }
}
