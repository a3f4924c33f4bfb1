package com.servicecentre.repair;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The repair-dispatch-rules DRD on the standalone DMN engine, straight from decisions/. */
class RepairDispatchRulesTableTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTables() throws Exception {
    engine = com.servicecentre.rules.FeelOnlyDmnEngine.standaloneEngine();
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

  @ParameterizedTest(name = "{0} {1} {2} {3} warranty={4} → {5}, {6}: {7}/{8}, vendor {9}, chargeable {10}")
  @CsvSource({
      "plumbing-electrical, in-home, minor, normal, false, in-house, office-hours, 2工作小时, 当天下班前(16:00后次日), , true",
      "plumbing-electrical, in-home, minor, normal, true, in-house, office-hours, 2工作小时, 当天下班前(16:00后次日), , false",
      "drain, public-area, medium, normal, false, in-house, office-hours, 2工作小时, 2工作日内, , false",
      "civil-doors-windows, in-home, major, normal, false, in-house, office-hours, 2工作小时, 3工作日内, , true",
      "lift, public-area, major, urgent, false, outsourced, duty-24h, 0.5工作小时, 3工作日内, 24工作小时, false",
      "access-control, in-home, minor, urgent, false, outsourced, duty-24h, 0.5工作小时, 当天下班前(16:00后次日), 2工作日内, true",
      "fire, public-area, minor, urgent, false, in-house, duty-24h, 0.5工作小时, 当天下班前(16:00后次日), , false"
  })
  void decidesTeamCalendarLimitsAndCharge(String trade, String area, String size, String urgency, boolean warranty,
      String team, String calendar, String arrival, String completion, String vendor, boolean chargeable) {
    Map<String, Object> rules = rules(trade, area, size, urgency, warranty);
    assertThat(rules)
        .containsEntry("team", team)
        .containsEntry("calendar", calendar)
        .containsEntry("arrivalLimit", arrival)
        .containsEntry("completionLimit", completion)
        .containsEntry("vendorLimit", vendor)
        .containsEntry("chargeable", chargeable);
  }

  /** Outside companies are chased once their contract limit passed, repeatedly but not without end. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(nullValues = "NULL", value = {"lift, R12/PT2H", "access-control, R5/P1D", "plumbing-electrical, NULL",
      "roof, NULL"})
  void outsideCompaniesAreChasedOnARepeatedCycleAfterTheirLimit(String trade, String chase) {
    assertThat(rules(trade, "public-area", "minor", "normal", false)).containsEntry("vendorChaseCycle", chase);
  }

  @Test
  void minorRepairIsDoneBeforeNightAndMajorWithinThreeWorkingDays() {
    assertThat(rules("other", "in-home", "minor", "normal", false)).containsEntry("completionLimit", "当天下班前(16:00后次日)");
    assertThat(rules("other", "in-home", "major", "normal", false)).containsEntry("completionLimit", "3工作日内");
  }

  @Test
  void everyLimitIsOneTheProcessCanCountOnAShippedCalendar() {
    for (String trade : new String[] {"plumbing-electrical", "lift", "access-control", "roof", null}) {
      for (String size : new String[] {"minor", "medium", "major", "huge"}) {
        for (String urgency : new String[] {"normal", "urgent", "whenever"}) {
          Map<String, Object> rules = rules(trade, "in-home", size, urgency, false);
          assertThat(com.servicecentre.sla.ShippedCalendars.NAMES).contains((String) rules.get("calendar"));
          com.servicecentre.sla.TimeLimit.parse((String) rules.get("arrivalLimit"));
          com.servicecentre.sla.TimeLimit.parse((String) rules.get("completionLimit"));
          if ("outsourced".equals(rules.get("team"))) {
            assertThat(com.servicecentre.sla.ShippedCalendars.NAMES).contains((String) rules.get("vendorCalendar"));
            com.servicecentre.sla.TimeLimit.parse((String) rules.get("vendorLimit"));
          }
        }
      }
    }
  }

  @Test
  void unknownInputsGetTheStrictestLimitsAndNoChargeNeverANull() {
    Map<String, Object> unknown = rules("roof", "garden", "huge", "whenever", null);
    assertThat(unknown).containsEntry("team", "in-house").containsEntry("calendar", "duty-24h")
        .containsEntry("arrivalLimit", "0.5工作小时").containsEntry("completionLimit", "4工作小时")
        .containsEntry("chargeable", false);
    Map<String, Object> nothing = rules(null, null, null, null, null);
    assertThat(nothing).containsEntry("team", "in-house").containsEntry("completionLimit", "4工作小时");
  }
}
