package com.servicecentre.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.rules.FeelOnlyDmnEngine;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** step-time-limits and escalation-levels on the standalone FEEL-only DMN engine, straight from decisions/. */
class StepTimeLimitsTableTest {

  static final DmnEngine ENGINE = FeelOnlyDmnEngine.standaloneEngine();

  static DmnDecision table(String key) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("decisions/" + key + ".dmn"))) {
      return ENGINE.parseDecision(key, in);
    }
  }

  static Map<String, Object> stepLimit(String process, String step) throws Exception {
    Map<String, Object> vars = new HashMap<>();
    vars.put("process", process);
    vars.put("step", step);
    var result = ENGINE.evaluateDecisionTable(table("step-time-limits"), vars);
    return result.isEmpty() ? null : result.getSingleResult().getEntryMap();
  }

  @ParameterizedTest(name = "{0}/{1} → {2} on {3}")
  @CsvSource({
      "complaint-handling, investigateComplaint, 当天下班前(16:00后次日), office-hours",
      "move-out-refund, checkSettlement, 1工作日内, office-hours",
      "move-out-refund, payRefund, 2工作日内, office-hours",
      "repair-dispatch, returnVisit, 2工作日内, office-hours",
      // the dispatcher's own limit (the job's limits count from the report) and the deputy manager's signature
      "repair-dispatch, dispatchTechnician, 1工作小时, office-hours",
      "repair-dispatch, signOffReturnVisit, 1工作日内, office-hours",
      "lead-to-order, measureHome, 3工作日内, office-hours",
      "lead-to-order, forceAssignDesigner, 2工作小时, office-hours",
      "lead-to-order, returnVisitLostOrder, 2工作日内, office-hours"
  })
  void limitsPerStep(String process, String step, String limit, String calendar) throws Exception {
    assertThat(stepLimit(process, step)).containsEntry("limit", limit).containsEntry("calendar", calendar);
  }

  /** Every step a model asks the table for has a rule, with a limit the processes can count on a shipped calendar. */
  @Test
  void everyStepTheModelsAskForHasAReadableRule() throws Exception {
    Pattern asked = Pattern.compile("stepLimits\\.due\\('([^']+)', '([^']+)'\\)");
    int found = 0;
    for (Path model : Files.list(Path.of("processes")).toList()) {
      Matcher m = asked.matcher(Files.readString(model));
      while (m.find()) {
        Map<String, Object> rule = stepLimit(m.group(1), m.group(2));
        assertThat(rule).as(m.group(1) + "/" + m.group(2)).isNotNull();
        assertThat(ShippedCalendars.NAMES).contains((String) rule.get("calendar"));
        TimeLimit.parse((String) rule.get("limit"));
        found++;
      }
    }
    assertThat(found).isGreaterThanOrEqualTo(19);
    assertThat(stepLimit("move-out-refund", "noSuchStep")).isNull();
  }

  @Test
  void escalationGoesOneLevelUp() throws Exception {
    DmnDecision levels = table("escalation-levels");
    for (List<String> pair : List.of(List.of("customer-service", "cs-supervisor"), List.of("cs-supervisor", "office-manager"),
        List.of("maintenance", "dispatcher"), List.of("finance", "finance-manager"), List.of("designer", "design-manager"),
        List.of("parking-office", "office-manager"), List.of("deputy-manager", "office-manager"))) {
      Map<String, Object> vars = new HashMap<>();
      vars.put("group", pair.get(0));
      assertThat(ENGINE.evaluateDecisionTable(levels, vars).getSingleResult().getEntryMap())
          .containsEntry("escalateTo", pair.get(1));
    }
    Map<String, Object> top = new HashMap<>();
    top.put("group", "office-manager");
    assertThat(ENGINE.evaluateDecisionTable(levels, top).getSingleResult().getEntryMap()).containsEntry("escalateTo", null);
  }
}
