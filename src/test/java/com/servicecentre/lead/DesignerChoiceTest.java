package com.servicecentre.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.lead.DesignerChoice.Candidate;
import com.servicecentre.lead.DesignerChoice.Caps;
import com.servicecentre.lead.LeadRegister.Workload;
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

  @Test
  void aMarketingLeadEarnsCommissionOnlyWithASlipSignedByBothManagers() {
    assertThat(Commission.earned(false, false, false)).isTrue();
    assertThat(Commission.earned(true, true, true)).isTrue();
    assertThat(Commission.earned(true, false, false)).isFalse();
    assertThat(Commission.earned(true, true, false)).isFalse();
  }
}
