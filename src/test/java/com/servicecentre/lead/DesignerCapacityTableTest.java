package com.servicecentre.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The season and designer-capacity tables (one DRD) on the standalone DMN engine, straight from decisions/. */
class DesignerCapacityTableTest {

  private static DmnEngine engine;
  private static DmnDecision capacity;
  private static DmnDecision season;

  @BeforeAll
  static void parseTables() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("decisions/designer-capacity.dmn"))) {
      capacity = engine.parseDecision("designer-capacity", in);
    }
    season = capacity.getRequiredDecisions().iterator().next();
  }

  private static DmnDecisionResultEntries limits(Integer month, boolean topSigner) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("month", month);
    vars.put("topSigner", topSigner);
    return engine.evaluateDecision(capacity, vars).getSingleResult();
  }

  private static String seasonOf(Integer month) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("month", month);
    return engine.evaluateDecision(season, vars).getSingleResult().getSingleEntry();
  }

  @ParameterizedTest
  @CsvSource({"1, off", "2, off", "3, peak", "5, peak", "6, off", "8, off", "9, peak", "11, peak", "12, off"})
  void peakMonthsAreARuleOfTheTable(int month, String expected) {
    assertThat(season.getKey()).isEqualTo("renovation-season");
    assertThat(seasonOf(month)).isEqualTo(expected);
  }

  @Test
  void aMonthOutsideTheYearIsAnErrorNotASeason() {
    assertThat(seasonOf(0)).isEqualTo("invalid");
    assertThat(seasonOf(13)).isEqualTo("invalid");
    assertThat(seasonOf(null)).isEqualTo("invalid");
  }

  @Test
  void offSeasonStopsAtTwoOrdersInHand() {
    assertThat(limits(7, false).getEntryMap())
        .containsEntry("openOrdersLimit", 2).containsEntry("dailyLimit", 2).containsEntry("weeklyLimit", 6);
  }

  @Test
  void peakSeasonStopsAtFourOrdersInHand() {
    assertThat(limits(10, false).getEntryMap())
        .containsEntry("openOrdersLimit", 4).containsEntry("dailyLimit", 2).containsEntry("weeklyLimit", 6);
  }

  @Test
  void aDesignatedTopSignerTakesOneMoreInEitherSeasonEvenPastTheHardCaps() {
    // Seed 001: 季度签单状元在季度内…可多做单; only the top signer may take more than 2 a day and 6 a week.
    assertThat(limits(1, true).getEntryMap())
        .containsEntry("openOrdersLimit", 3).containsEntry("dailyLimit", 3).containsEntry("weeklyLimit", 7);
    assertThat(limits(4, true).getEntryMap())
        .containsEntry("openOrdersLimit", 5).containsEntry("dailyLimit", 3).containsEntry("weeklyLimit", 7);
  }

  @Test
  void anInvalidMonthGivesNobodyCapacity() {
    assertThat(limits(13, false).getEntryMap())
        .containsEntry("openOrdersLimit", 0).containsEntry("dailyLimit", 0).containsEntry("weeklyLimit", 0);
  }
}
