package com.servicecentre.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.servicecentre.lead.DesignerChoice.Candidate;
import com.servicecentre.lead.DesignerChoice.Caps;
import com.servicecentre.lead.LeadRegister.Workload;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 派单规则 and 提成 without an engine. */
class DesignerChoiceTest {

  private static final Caps OFF_SEASON = new Caps(2, 2, 6);

  @Test
  void theDesignerWithFewestOrdersInHandGetsTheOrderThenFewestThisWeekThenByLogin() {
    List<Candidate> grade = List.of(
        new Candidate("zhuyan", new Workload(1, 0, 1), OFF_SEASON),
        new Candidate("hulin", new Workload(0, 1, 3), OFF_SEASON),
        new Candidate("anna", new Workload(0, 1, 2), OFF_SEASON));
    assertThat(DesignerChoice.choose(grade, null)).get()
        .isEqualTo(new DesignerChoice.Choice("anna", "fewest-orders"));
  }

  @Test
  void theSalespersonsPreferredDesignerGoesFirstIfUnderEveryCap() {
    List<Candidate> grade = List.of(
        new Candidate("zhuyan", new Workload(1, 0, 1), OFF_SEASON),
        new Candidate("hulin", new Workload(0, 0, 0), OFF_SEASON));
    assertThat(DesignerChoice.choose(grade, "zhuyan")).get()
        .isEqualTo(new DesignerChoice.Choice("zhuyan", "preferred"));
    List<Candidate> full = List.of(new Candidate("zhuyan", new Workload(2, 0, 2), OFF_SEASON),
        new Candidate("hulin", new Workload(0, 0, 0), OFF_SEASON));
    assertThat(DesignerChoice.choose(full, "zhuyan")).get()
        .isEqualTo(new DesignerChoice.Choice("hulin", "fewest-orders"));
  }

  @Test
  void nobodyIsChosenWhenEveryDesignerIsAtACap() {
    List<Candidate> grade = List.of(
        new Candidate("zhuyan", new Workload(2, 0, 2), OFF_SEASON),
        new Candidate("hulin", new Workload(0, 2, 2), OFF_SEASON),
        new Candidate("anna", new Workload(1, 1, 6), OFF_SEASON));
    assertThat(DesignerChoice.choose(grade, null)).isEmpty();
    assertThat(DesignerChoice.considered("designer", grade))
        .isEqualTo("zhuyan: 在手 2/2, 今日 0/2, 本周 2/6; hulin: 在手 0/2, 今日 2/2, 本周 2/6; "
            + "anna: 在手 1/2, 今日 1/2, 本周 6/6");
    assertThat(DesignerChoice.considered("designer", List.of())).isEqualTo("组 designer 没有设计师");
  }

  private static final Commission.Rates RATES =
      new Commission.Rates(new BigDecimal("50.00"), new BigDecimal("10.00"), new BigDecimal("0.00"));

  @Test
  void aWalkInLeadEarnsTheAccountManagerWhoFollowedItAndTheFrontDeskThatTookIt() {
    // Seed 001: 设计部每签一单提取产值50元 (客户经理); 前台 提成 10元 per signed order.
    var lines = Commission.lines(new Commission.SignedLead("walk-in", false, false, "zhouli", "zhouli", "tianxue"), RATES);
    assertThat(lines).extracting(Commission.Line::role, Commission.Line::beneficiary, Commission.Line::amount)
        .containsExactly(tuple("account-manager", "zhouli", new BigDecimal("50.00")),
            tuple("receptionist", "tianxue", new BigDecimal("10.00")));
    assertThat(lines).allSatisfy(line -> assertThat(line.reason()).isNotBlank());
  }

  @Test
  void theFrontDeskEarnsOnlyForTheLeadsItTookAtTheDesk() {
    assertThat(Commission.lines(new Commission.SignedLead("referral", false, false, "zhouli", "zhouli", "tianxue"),
        RATES)).extracting(Commission.Line::role).containsExactly("account-manager");
    assertThat(Commission.lines(new Commission.SignedLead("phone", false, false, "zhouli", "zhouli", null), RATES))
        .extracting(Commission.Line::role).containsExactly("account-manager");
  }

  @Test
  void aMissingTransferSlipTakesOnlyTheSalespersonsCreditAway() {
    // Seed 001 L42: 无"传递单"…不列入工作业绩，不做提成 — the salesperson's, not the account manager's.
    assertThat(Commission.lines(new Commission.SignedLead("marketing", true, true, "wuhao", "zhouli", null), RATES))
        .extracting(Commission.Line::role, Commission.Line::beneficiary)
        .containsExactly(tuple("account-manager", "zhouli"), tuple("marketing", "wuhao"));
    assertThat(Commission.lines(new Commission.SignedLead("marketing", true, false, "wuhao", "zhouli", null), RATES))
        .extracting(Commission.Line::role, Commission.Line::beneficiary)
        .containsExactly(tuple("account-manager", "zhouli"));
    assertThat(Commission.marketingCredited(true, false)).isFalse();
    assertThat(Commission.marketingCredited(true, true)).isTrue();
  }

  @Test
  void aPrivateContactWithADesignerCostsTheSalespersonTheOrdersCreditOnly() {
    // Seed 001 L28–29: 未经客户经理派单而私自与设计师联系的，取消该单提成.
    assertThat(Commission.lines(new Commission.SignedLead("marketing", true, true, "wuhao", "zhouli", null, true),
        RATES)).extracting(Commission.Line::role).containsExactly("account-manager");
    assertThat(Commission.marketingCredited(true, true, true)).isFalse();
  }

  @Test
  void aCancelledOrdersLineIsReversedBySameRoleAndPersonForTheNegativeAmount() {
    // 退单: the line may have been paid with the month's salary, so it is taken back, not deleted.
    var earned = new Commission.Line("receptionist", "tianxue", new BigDecimal("10.00"), "前台接待上门客户");
    assertThat(Commission.reversal(earned)).isEqualTo(new Commission.Line("receptionist", "tianxue",
        new BigDecimal("-10.00"), "退单冲销：前台接待上门客户"));
  }
}
