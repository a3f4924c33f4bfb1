package com.servicecentre.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finance's price list of paid repairs (repair-price-list) on the FEEL-only standalone engine, straight from
 * decisions/, and the charge it gives: price × quantity for services priced per unit, else the price per visit.
 */
class RepairPriceListTableTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTable() throws Exception {
    engine = com.servicecentre.rules.FeelOnlyDmnEngine.standaloneEngine();
    try (InputStream in = Files.newInputStream(Path.of("decisions/repair-price-list.dmn"))) {
      decision = engine.parseDecision("repair-price-list", in);
    }
  }

  private static Map<String, Object> price(String service) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("chargeService", service);
    var result = engine.evaluateDecisionTable(decision, vars);
    return result.isEmpty() ? null : result.getSingleResult().getEntryMap();
  }

  @ParameterizedTest(name = "{0} × {4} → {1}, {2} yuan per {3}: {5} yuan")
  @CsvSource(nullValues = "NULL", value = {
      "tap-replace, 更换水龙头, 30, 个, 2, 60.00",
      "pipe-replace, 更换水管, 25, 米, 1.5, 37.50",
      "drain-unblock, 管道疏通, 80, 次, NULL, 80.00",
      "inspection-visit, 上门检查(未更换部件), 20, 次, NULL, 20.00",
      "lock-replace, 更换门锁, 60, 把, 1, 60.00",
      "intercom-indoor-repair, 室内对讲机维修, 60, 次, 3, 60.00"
  })
  void eachServiceHasItsPriceAndTheChargeFollowsIt(String service, String label, BigDecimal price, String unit,
      BigDecimal quantity, BigDecimal charge) {
    Map<String, Object> row = price(service);
    assertThat(row).containsEntry("label", label).containsEntry("unit", unit);
    BigDecimal unitPrice = new BigDecimal(row.get("unitPrice").toString());
    assertThat(unitPrice).isEqualByComparingTo(price);
    boolean perQuantity = (Boolean) row.get("perQuantity");
    assertThat(new RepairCharge(unitPrice, perQuantity, quantity).amount()).isEqualTo(charge);
  }

  /** A service that is not on the list has no price: the process refuses it rather than charge a guess. */
  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(nullValues = "NULL", value = {"gold-tap", "NULL", "''", "TAP-REPLACE"})
  void aServiceNotOnTheListHasNoPrice(String service) {
    assertThat(price(service)).isNull();
  }

  /** Tasklist offers each rule as a choice: its service must be one plain text, its price zero or more. */
  @Test
  void everyRuleIsOneServiceWithAPrice() throws Exception {
    String table = Files.readString(Path.of("decisions/repair-price-list.dmn"));
    var rule = Pattern.compile("<inputEntry id=\"[^\"]+\"><text>\"([a-z-]+)\"</text></inputEntry>").matcher(table);
    int rules = 0;
    while (rule.find()) {
      Map<String, Object> row = price(rule.group(1));
      assertThat(row).as(rule.group(1)).isNotNull();
      assertThat(new BigDecimal(row.get("unitPrice").toString())).isNotNegative();
      rules++;
    }
    assertThat(rules).isEqualTo(table.split("<rule ").length - 1).isGreaterThanOrEqualTo(10);
  }

  @Test
  void chargesAreExactYuanRoundedHalfUpToTheFen() {
    assertThat(new RepairCharge(new BigDecimal("12.5"), true, new BigDecimal("0.33")).amount())
        .isEqualTo(new BigDecimal("4.13"));
    assertThat(new RepairCharge(new BigDecimal("80"), false, null).amount()).isEqualTo(new BigDecimal("80.00"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RepairCharge(BigDecimal.TEN, true, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
