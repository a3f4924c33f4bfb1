package com.servicecentre.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static com.servicecentre.SlaTimers.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.servicecentre.ProcessCoverageFloor.Covers;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TestStaff;
import com.servicecentre.common.InputRefused;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of lead-to-order on the real application: models from processes/ and decisions/, register in the DB. */
@ServiceCentreTest
@Covers("lead-to-order")
public class LeadToOrderProcessTest {

  /** A Wednesday in July: off-season, so a designer stops at 2 orders in hand. */
  static final LocalDateTime NOW = LocalDateTime.of(2026, 7, 15, 10, 0);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired LeadRegister register;
  @Autowired TopSigners topSigners;
  @Autowired LeadFilings filings;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    ClockUtil.setCurrentTime(Date.from(NOW.atZone(ZoneId.systemDefault()).toInstant()));
    jdbc.update("DELETE FROM lead_register");
    jdbc.update("DELETE FROM lead_commission");
    jdbc.update("DELETE FROM top_signer");
    jdbc.update("DELETE FROM lead_filing");
    jdbc.update("DELETE FROM lead_claim");
    staff("zhouli", "account-manager");
    staff("tianxue", "receptionist");
    staff("wuhao", "marketing");
    staff("hulin", "designer");
    staff("zhuyan", "designer");
    staff("majing", "designer-senior");
    staff("sunlei", "designer-chief");
    staff("hanmei", "customer-assistant");
    staff("zhaolei", "marketing");
    staff("xuting", "design-manager");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void walkInLeadIsSignedAndEarnsTheAccountManagerAndTheFrontDeskTheirCommission() {
    ProcessInstance lead = startAs("tianxue", lead("13800000001", 20000, "walk-in"));
    String leadNo = lead.getBusinessKey();
    assertThat(leadNo).matches("XD\\d{6}");
    attribute(lead, "zhouli");

    assertThat(lead).isWaitingAt("measureHome").task().isAssignedTo("hulin");
    assertThat(lead).variables().containsEntry("orderSize", "small").containsEntry("dispatchBasis", "fewest-orders");
    followUpToReturnVisit(lead);
    // The account manager who follows the lead up is the one logged in, never a form field.
    completeAs("zhouli", lead, Map.of("leadOutcome", "signed", "contractAmount", 23500.5));

    // The signed order waits for its hand-over to construction, where a cancellation would be recorded.
    assertThat(lead).isWaitingAt("handOverSignedOrder").task().hasCandidateGroup("account-manager");
    complete(task(lead), withVariables("orderCancelled", false));
    assertThat(lead).isEnded().hasPassed("orderSigned");
    Map<String, Object> row = register.find(leadNo);
    assertThat(row.get("STATUS")).isEqualTo("signed");
    assertThat((BigDecimal) row.get("CONTRACT_AMOUNT")).isEqualByComparingTo("23500.50");
    assertThat(row.get("DESIGNER")).isEqualTo("hulin");
    assertThat(row.get("LEAD_OWNER")).isEqualTo("zhouli");
    // Seed 001: 50 yuan to the account manager per signed order, 10 yuan to the front desk that took it.
    assertThat(register.commissions(leadNo)).satisfiesExactly(
        c -> {
          assertThat(c).containsEntry("ROLE", "account-manager").containsEntry("BENEFICIARY", "zhouli")
              .containsEntry("REASON", "客户经理跟进至签单");
          assertThat((BigDecimal) c.get("AMOUNT")).isEqualByComparingTo("50");
        },
        c -> {
          assertThat(c).containsEntry("ROLE", "receptionist").containsEntry("BENEFICIARY", "tianxue")
              .containsEntry("REASON", "前台接待上门客户");
          assertThat((BigDecimal) c.get("AMOUNT")).isEqualByComparingTo("10");
        });
  }

  @Test
  void sizeDecidesTheLevel() {
    ProcessInstance medium = start(lead("13800000002", 30000.01, "phone"));
    attribute(medium, "zhouli");
    assertThat(medium).task().isAssignedTo("majing");
    ProcessInstance large = start(lead("13800000003", 50000, "phone"));
    attribute(large, "zhouli");
    assertThat(large).task().isAssignedTo("sunlei");
    assertThat(large).variables().containsEntry("designerGroup", "designer-chief");
  }

  @Test
  void marketingLeadWithSignedSlipGoesToThePreferredDesignerAndEarnsCommission() {
    Map<String, Object> vars = lead("13800000004", 12000, "marketing");
    vars.put("transferSlipNo", "CD-2026-031");
    ProcessInstance lead = start(vars);
    // The salesperson's choice, picked by the account manager from the list of designers at attribution.
    attribute(lead, "wuhao", "zhuyan");

    assertThat(lead).isWaitingAt("signSlipAsMarketingManager").task().hasCandidateGroup("marketing-manager");
    complete(task(lead), withVariables("slipApproved", true));
    assertThat(lead).isWaitingAt("signSlipAsShopManager").task().hasCandidateGroup("shop-manager");
    complete(task(lead), withVariables("slipApproved", true));

    // hulin would win on the id tie-break; the salesperson's choice comes first.
    assertThat(lead).isWaitingAt("measureHome").task().isAssignedTo("zhuyan");
    assertThat(lead).variables().containsEntry("dispatchBasis", "preferred");
    followUpToReturnVisit(lead);
    complete(task(lead), withVariables("leadOutcome", "signed", "contractAmount", 15000));

    // The account manager logged in at attribution earns theirs; the salesperson is credited for the signed slip.
    assertThat(register.commissions(lead.getBusinessKey()))
        .extracting(c -> c.get("ROLE") + "/" + c.get("BENEFICIARY"))
        .containsExactlyInAnyOrder("account-manager/zhouli", "marketing/wuhao");
  }

  @Test
  void theTakerOfTheLeadIsTheLoginThatEntersItNeverATypedName() {
    // Seed 001 L69: the front desk (or the salesperson, the account manager) who receives the customer registers the
    // lead; the 接单人 is that person, taken from the login. A name sent with the start is refused, not believed.
    Map<String, Object> typed = lead("13800000050", 20000, "walk-in");
    typed.put("claimedBy", "zhouli");
    assertThatThrownBy(() -> startAs("tianxue", typed))
        .isInstanceOf(InputRefused.class).hasMessageContaining("claimedBy").hasMessageContaining("不是此表单的输入项");
    Map<String, Object> preferred = lead("13800000050", 20000, "marketing");
    preferred.put("preferredDesigner", "zhuyan");
    assertThatThrownBy(() -> startAs("wuhao", preferred))
        .isInstanceOf(InputRefused.class).hasMessageContaining("preferredDesigner");

    ProcessInstance lead = startAs("tianxue", lead("13800000050", 20000, "walk-in"));
    assertThat(lead).isWaitingAt("confirmAttribution").variables().containsEntry("claimedBy", "tianxue");
    assertThat(register.find(lead.getBusinessKey())).containsEntry("CLAIMED_BY", "tianxue");
  }

  @Test
  void thePreferredDesignerIsPickedFromTheDesignersAndAnyOtherLoginIsRefusedNamingTheField() {
    // Seed 001 L19: the marketing salesperson may choose the designer first — one of the company's designers.
    ProcessInstance lead = start(lead("13800000051", 12000, "marketing"));
    assertThat(lead).isWaitingAt("confirmAttribution");
    @SuppressWarnings("unchecked")
    java.util.List<Map<String, String>> designers =
        (java.util.List<Map<String, String>>) engine.getTaskService().getVariable(task(lead).getId(), "designers");
    assertThat(designers).extracting(d -> d.get("value")).contains("sunlei", "majing", "zhuyan", "hulin")
        .doesNotContain("zhouli", "wuhao");
    for (String notADesigner : new String[] {"nobody", "wuhao"}) {
      assertThatThrownBy(() -> completeAs("zhouli", lead, Map.of("leadOwner", "wuhao",
          "attributionBasis", "first-contact", "preferredDesigner", notADesigner)))
          .isInstanceOf(InputRefused.class)
          .hasMessageContaining("业务员优先选择的设计师").hasMessageContaining("没有设计师 \"" + notADesigner + "\"");
    }
    attribute(lead, "wuhao", "zhuyan");
    assertThat(lead).isWaitingAt("measureHome").task().isAssignedTo("zhuyan");
  }

  @Test
  void marketingLeadWithoutSlipIsServedButCreditsNotTheSalespersonOnlyTheAccountManager() {
    ProcessInstance lead = start(lead("13800000005", 12000, "marketing"));
    assertThat(lead).isWaitingAt("confirmAttribution");
    completeAs("zhouli", lead, Map.of("leadOwner", "wuhao", "attributionBasis", "first-contact",
        "preferredDesigner", "zhuyan"));

    assertThat(lead).hasNotPassed("signSlipAsMarketingManager").isWaitingAt("measureHome");
    followUpToReturnVisit(lead);
    complete(task(lead), withVariables("leadOutcome", "signed", "contractAmount", 15000));

    // Seed 001 L42: no transfer slip, no credit for the salesperson — the account manager's commission stays.
    assertThat(lead).isWaitingAt("handOverSignedOrder").variables().containsEntry("marketingCredited", false);
    assertThat(register.commissions(lead.getBusinessKey())).singleElement()
        .satisfies(c -> assertThat(c).containsEntry("ROLE", "account-manager").containsEntry("BENEFICIARY", "zhouli"));
  }

  @Test
  void aSalespersonWhoTookTheCustomerToADesignerBehindTheAccountManagersBackLosesThatOrdersCredit() {
    // Seed 001 L28–29 (统一管理): all customers are dispatched by the account manager; who contacts a designer
    // privately, without that dispatch, loses the order's commission — the others keep theirs.
    Map<String, Object> vars = lead("13800000042", 12000, "marketing");
    vars.put("transferSlipNo", "CD-2026-040");
    ProcessInstance lead = start(vars);
    completeAs("zhouli", lead, Map.of("leadOwner", "wuhao", "attributionBasis", "first-contact",
        "privateDesignerContact", true));
    complete(task(lead), withVariables("slipApproved", true));
    complete(task(lead), withVariables("slipApproved", true));
    followUpToReturnVisit(lead);
    complete(task(lead), withVariables("leadOutcome", "signed", "contractAmount", 15000));

    assertThat(lead).variables().containsEntry("marketingCredited", false);
    assertThat(register.find(lead.getBusinessKey())).containsEntry("PRIVATE_DESIGNER_CONTACT", true);
    assertThat(register.commissions(lead.getBusinessKey())).singleElement()
        .satisfies(c -> assertThat(c).containsEntry("ROLE", "account-manager").containsEntry("BENEFICIARY", "zhouli"));
  }

  @Test
  void slipRefusedByTheMarketingManagerSkipsTheShopManagerAndTheCommission() {
    Map<String, Object> vars = lead("13800000006", 12000, "marketing");
    vars.put("transferSlipNo", "CD-2026-032");
    ProcessInstance lead = start(vars);
    attribute(lead, "wuhao");
    complete(task(lead), withVariables("slipApproved", false));

    assertThat(lead).hasNotPassed("signSlipAsShopManager").isWaitingAt("measureHome");
    followUpToReturnVisit(lead);
    complete(task(lead), withVariables("leadOutcome", "signed", "contractAmount", 15000));
    assertThat(register.commissions(lead.getBusinessKey())).isEmpty();
  }

  @Test
  void designerWithFewestOrdersThisWeekGetsTheLead() {
    dispatched("hulin", LeadRegister.DISPATCHED, NOW.minusDays(1));
    ProcessInstance lead = start(lead("13800000007", 8000, "walk-in"));
    attribute(lead, "zhouli");
    assertThat(lead).task().isAssignedTo("zhuyan");
  }

  @Test
  void dailyCapCountsClosedOrdersToo() {
    // Two orders today, both already signed: nothing in hand, but the daily cap of 2 is reached.
    dispatched("hulin", LeadRegister.SIGNED, NOW.minusHours(2));
    dispatched("hulin", LeadRegister.SIGNED, NOW.minusHours(1));
    dispatched("zhuyan", LeadRegister.DISPATCHED, NOW.minusDays(1));
    ProcessInstance lead = start(lead("13800000008", 8000, "walk-in"));
    attribute(lead, "zhouli");
    assertThat(lead).task().isAssignedTo("zhuyan");
    assertThat(lead).variables().extractingByKey("capacityCheck").asString().contains("hulin: 在手 0/2, 今日 2/2");
  }

  @Test
  void preferredDesignerOverHisCapIsPassedOver() {
    dispatched("zhuyan", LeadRegister.DISPATCHED, NOW.minusDays(1));
    dispatched("zhuyan", LeadRegister.DISPATCHED, NOW.minusDays(2));
    ProcessInstance lead = start(lead("13800000009", 8000, "marketing"));
    attribute(lead, "wuhao", "zhuyan");
    assertThat(lead).task().isAssignedTo("hulin");
  }

  @Test
  void whenEveryDesignerIsFullTheAccountManagerForcesTheAssignmentWithinTheGradeWithAReason() {
    for (String designer : new String[] {"hulin", "zhuyan"}) {
      dispatched(designer, LeadRegister.DISPATCHED, NOW.minusDays(1));
      dispatched(designer, LeadRegister.DISPATCHED, NOW.minusDays(2));
    }
    ProcessInstance lead = start(lead("13800000010", 8000, "walk-in"));
    attribute(lead, "zhouli");

    assertThat(lead).isWaitingAt("forceAssignDesigner").task().hasCandidateGroup("account-manager");
    String taskId = task(lead).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("designer", "hulin")))
        .hasRootCauseInstanceOf(InputRefused.class).hasMessageContaining("forcedReason");
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("designer", "wuhao", "forcedReason", "x")))
        .hasRootCauseInstanceOf(InputRefused.class).hasMessageContaining("只能在本级内派单");
    // Seed 001: a small order goes to a designer of the small-order grade, forced or not.
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("designer", "majing", "forcedReason", "x")))
        .hasRootCauseInstanceOf(InputRefused.class).hasMessageContaining("只能在本级内派单");
    assertThat(lead).isWaitingAt("forceAssignDesigner");

    complete(task(lead), withVariables("designer", "hulin", "forcedReason", "客户点名要胡林"));
    assertThat(lead).isWaitingAt("measureHome").task().isAssignedTo("hulin");
    assertThat(register.find(lead.getBusinessKey())).containsEntry("DISPATCH_BASIS", "forced")
        .containsEntry("DISPATCH_REASON", "客户点名要胡林");
  }

  @Test
  void aForcedDispatchKeepsTheDaysAndTheWeeksCaps() {
    // Seed 001: 每人每天最多不超过两单, 每周最多不超过六单 — forcing an order on a designer does not lift them.
    dispatched("hulin", LeadRegister.SIGNED, NOW.minusHours(2));
    dispatched("hulin", LeadRegister.SIGNED, NOW.minusHours(1));
    dispatched("zhuyan", LeadRegister.DISPATCHED, NOW.minusDays(1));
    dispatched("zhuyan", LeadRegister.DISPATCHED, NOW.minusDays(2));
    ProcessInstance lead = start(lead("13800000020", 8000, "walk-in"));
    attribute(lead, "zhouli");

    assertThat(lead).isWaitingAt("forceAssignDesigner");
    String taskId = task(lead).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
        Map.of("designer", "hulin", "forcedReason", "客户点名")))
        .hasRootCauseInstanceOf(InputRefused.class).hasMessageContaining("今日已派 2 单，已到每天最多 2 单");
    assertThat(lead).isWaitingAt("forceAssignDesigner");

    // zhuyan has two in hand, which stops the automatic choice, but not a forced dispatch.
    complete(task(lead), withVariables("designer", "zhuyan", "forcedReason", "本周单多，朱燕可以接"));
    assertThat(lead).isWaitingAt("measureHome").task().isAssignedTo("zhuyan");
  }

  @Test
  void whenTheWholeGradeIsAtItsCapsOnlyTheDesignManagerDispatchesAndItIsRecordedAsAnException() {
    for (String designer : new String[] {"hulin", "zhuyan"}) {
      dispatched(designer, LeadRegister.SIGNED, NOW.minusHours(2));
      dispatched(designer, LeadRegister.SIGNED, NOW.minusHours(1));
    }
    ProcessInstance lead = start(lead("13800000021", 8000, "walk-in"));
    attribute(lead, "zhouli");

    assertThat(lead).isWaitingAt("decideOverCapDispatch").task().hasCandidateGroup("design-manager");
    String taskId = task(lead).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
        Map.of("designer", "majing", "forcedReason", "x")))
        .hasRootCauseInstanceOf(InputRefused.class).hasMessageContaining("只能在本级内派单");

    complete(task(lead), withVariables("designer", "zhuyan", "forcedReason", "老客户转介绍，当天必须量房"));
    assertThat(lead).isWaitingAt("measureHome").task().isAssignedTo("zhuyan");
    assertThat(register.find(lead.getBusinessKey())).containsEntry("DISPATCH_BASIS", "over-cap-exception")
        .containsEntry("DISPATCH_REASON", "老客户转介绍，当天必须量房");
  }

  @Test
  void theTopSignerTheDesignManagerNamedTakesOneMoreOrder() {
    dispatched("hulin", LeadRegister.DISPATCHED, NOW.minusDays(1));
    dispatched("hulin", LeadRegister.DISPATCHED, NOW.minusDays(2));
    dispatched("zhuyan", LeadRegister.DISPATCHED, NOW.minusDays(1));
    dispatched("zhuyan", LeadRegister.DISPATCHED, NOW.minusDays(2));
    // The top signer of last year takes more in every quarter of this year.
    topSigners.designate(TopSigners.designation(TopSigners.YEAR, "2025", "zhuyan"), "xuting", NOW);

    ProcessInstance lead = start(lead("13800000022", 8000, "walk-in"));
    attribute(lead, "zhouli");
    assertThat(lead).isWaitingAt("measureHome").task().isAssignedTo("zhuyan");
    assertThat(lead).variables().extractingByKey("capacityCheck").asString().contains("zhuyan: 在手 2/3");
  }

  @Test
  void duplicatePhoneGoesToTheAccountManagerAndAMergedDuplicateKeepsItsNumber() {
    ProcessInstance first = start(lead("13800000011", 8000, "walk-in"));
    ProcessInstance second = start(lead("138 0000 0011".replace(" ", ""), 9000, "phone"));

    assertThat(second.getBusinessKey()).matches("XD\\d{6}").isNotEqualTo(first.getBusinessKey());
    assertThat(second).isWaitingAt("reviewDuplicateLead").task().hasCandidateGroup("account-manager");
    assertThat(second).variables().containsEntry("duplicateOf", first.getBusinessKey())
        .containsEntry("caseNo", second.getBusinessKey());
    complete(task(second), withVariables("isDuplicate", true));

    assertThat(second).isEnded().hasPassed("registerLead", "recordMergedLead", "mergedIntoExistingLead")
        .hasNotPassed("confirmAttribution");
    assertThat(register.find(second.getBusinessKey())).containsEntry("STATUS", "merged")
        .containsEntry("MERGED_INTO", first.getBusinessKey());
    assertThat(register.find(first.getBusinessKey())).containsEntry("STATUS", "open")
        .containsEntry("MERGED_INTO", null);

    // A third call from the same phone is checked against the lead the duplicate joined, not the duplicate.
    ProcessInstance third = start(lead("13800000011", 9000, "phone"));
    assertThat(third).variables().containsEntry("duplicateOf", first.getBusinessKey());
  }

  @Test
  void whenTwoSalespeopleClaimTheSameCustomerWhoFiledItFirstInTheDailyListOwnsItAndBothClaimsAreKept() {
    // Seed 001 L24–25 (档案认定): each salesperson's daily list, with the inquiry date, is the evidence of whose
    // customer it is; of two claims the earlier filing wins. A confirmed duplicate merges into the earlier lead.
    String phone = "13800000040";
    filings.file("zhaolei", java.util.List.of(new LeadFilings.Entry("陈先生", "138-0000-0040", null,
        NOW.minusDays(1).toLocalDate().toString(), "小区电话咨询")), NOW.minusHours(20));
    filings.file("wuhao", java.util.List.of(new LeadFilings.Entry("陈先生", phone, "锦绣花园",
        NOW.toLocalDate().toString(), null)), NOW.minusHours(3));

    // Each salesperson takes the call in under their own login: that login is the lead's 接单人 (its claimant).
    ProcessInstance first = startAs("wuhao", lead(phone, 12000, "marketing"));
    // At attribution the filed lists propose the owner; the account manager may change it (here: does not yet).
    assertThat(first).isWaitingAt("confirmAttribution").variables().containsEntry("proposedOwner", "zhaolei")
        .containsEntry("leadOwner", "zhaolei").containsEntry("attributionBasis", "filed-record");
    assertThat(first).variables().extractingByKey("filingEvidence").asString()
        .startsWith("1. zhaolei 于 " + NOW.minusHours(20).toLocalDate()).contains("2. wuhao");
    complete(task(first), withVariables("leadOwner", "wuhao", "attributionBasis", "first-contact"));

    // The same customer brought in again by the other salesperson: the duplicate review proposes the first filer.
    ProcessInstance second = startAs("zhaolei", lead(phone, 12000, "marketing"));
    assertThat(second).isWaitingAt("reviewDuplicateLead").variables()
        .containsEntry("duplicateOf", first.getBusinessKey()).containsEntry("mergedOwner", "zhaolei");
    String review = task(second).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(review,
        Map.of("isDuplicate", true, "mergedOwner", "nobody")))
        .isInstanceOf(InputRefused.class).hasMessageContaining("\"nobody\" 不是客户经理或市场部业务员");
    // the owner is who the order's credit goes to: a designer sent around the form's list is refused too
    assertThatThrownBy(() -> engine.getTaskService().complete(review,
        Map.of("isDuplicate", true, "mergedOwner", "sunlei")))
        .isInstanceOf(InputRefused.class).hasMessageContaining("\"sunlei\" 不是客户经理或市场部业务员");
    completeAs("zhouli", second, Map.of("isDuplicate", true, "mergedOwner", "zhaolei"));

    assertThat(second).isEnded().hasPassed("recordMergedLead");
    assertThat(register.find(first.getBusinessKey())).containsEntry("LEAD_OWNER", "zhaolei")
        .containsEntry("ATTRIBUTION_BASIS", "filed-record");
    // The earlier lead, still running, now credits the owner the filed list named.
    assertThat(runtime.getVariable(first.getId(), "leadOwner")).isEqualTo("zhaolei");
    assertThat(register.claims(first.getBusinessKey()))
        .extracting(c -> c.get("CLAIMANT") + "/" + c.get("BASIS") + "/" + c.get("DECIDED_OWNER"))
        .containsExactlyInAnyOrder("wuhao/lead/false", "wuhao/attribution/false", "zhaolei/lead/true",
            "zhaolei/filed-record/true", "wuhao/filed-record/false");
  }

  @Test
  void aFilingMadeAfterTheLeadCameInDoesNotClaimIt() {
    // 档案认定 rests on the daily list as filed: a customer filed only after the lead was on file is not proposed.
    String phone = "13800000041";
    // The account manager takes both calls in: their login is each lead's claimant.
    ProcessInstance first = startAs("zhouli", lead(phone, 8000, "walk-in"));
    assertThat(first).variables().doesNotContainKey("proposedOwner");
    filings.file("wuhao", java.util.List.of(new LeadFilings.Entry("陈先生", phone, null,
        NOW.toLocalDate().toString(), null)), com.servicecentre.common.EngineClock.now().plusMinutes(5));
    ClockUtil.setCurrentTime(Date.from(NOW.plusMinutes(10).atZone(ZoneId.systemDefault()).toInstant()));
    ProcessInstance second = startAs("zhouli", lead(phone, 8000, "phone"));
    assertThat(second).isWaitingAt("reviewDuplicateLead").variables().doesNotContainKey("proposedOwner");
    complete(task(second), withVariables("isDuplicate", true));
    assertThat(register.find(first.getBusinessKey())).containsEntry("LEAD_OWNER", null);
    assertThat(register.claims(first.getBusinessKey())).extracting(c -> c.get("CLAIMANT") + "/" + c.get("BASIS"))
        .containsExactlyInAnyOrder("zhouli/lead", "zhouli/lead", "wuhao/filed-record");
  }

  @Test
  void samePhoneButAnotherCustomerIsRegisteredAfterReview() {
    start(lead("13800000012", 8000, "walk-in"));
    ProcessInstance second = start(lead("13800000012", 9000, "phone"));
    complete(task(second), withVariables("isDuplicate", false));
    assertThat(second).isWaitingAt("confirmAttribution");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_register WHERE phone = '13800000012'", Integer.class))
        .isEqualTo(2);
  }

  @Test
  void leadLostBeforeMeasurementIsAnInvalidLeadConfirmedTwice() {
    ProcessInstance lead = start(lead("13800000013", 8000, "walk-in"));
    attribute(lead, "zhouli");
    complete(task(lead), withVariables("measured", false, "measureNotes", "电话空号"));

    assertThat(lead).isWaitingAt("returnVisitInvalidLead").task().hasCandidateGroup("account-manager");
    complete(task(lead), withVariables("lossReason", "false-information", "outcomeNotes", "回访电话为空号"));
    assertThat(lead).isWaitingAt("confirmInvalidLead").task().hasCandidateGroup("design-manager");
    // one form confirms both endings: it offers only an invalid lead's reasons here
    assertThat(offeredReasons(lead)).containsExactly("false-information", "no-renovation-plan", "budget-too-low",
        "other");
    complete(task(lead), withVariables("lossConfirmed", true));

    reportLoss(lead);
    assertThat(lead).isEnded().hasPassed("leadInvalid");
    assertThat(register.find(lead.getBusinessKey())).containsEntry("STATUS", "invalid")
        .containsEntry("OUTCOME_REASON", "false-information").containsEntry("OUTCOME_STAGE", "before-measurement");
    assertThat(lossNotices(lead)).hasSize(2);
  }

  @Test
  void lostOrderAfterMeasurementNeedsTheDesignManagerAndCanBeSentBack() {
    ProcessInstance lead = start(lead("13800000014", 8000, "walk-in"));
    attribute(lead, "zhouli");
    followUpToReturnVisit(lead);
    complete(task(lead), withVariables("leadOutcome", "lost", "lossReason", "price", "outcomeNotes", "嫌贵"));

    // Seed 001 L49: a lost order after measurement is confirmed by the customer assistant's visit, then the design
    // manager, who may send it back to be followed up.
    assertThat(lead).isWaitingAt("returnVisitLostOrder").task().hasCandidateGroup("customer-assistant");
    complete(task(lead), withVariables("lossReason", "price", "outcomeNotes", "客户说报价太高"));
    assertThat(lead).isWaitingAt("confirmLostOrder");
    assertThat(offeredReasons(lead)).containsExactly("price", "service", "technical", "competitor", "customer",
        "other");
    complete(task(lead), withVariables("lossConfirmed", false));
    assertThat(lead).isWaitingAt("returnVisitAfterQuotation");
    complete(task(lead), withVariables("leadOutcome", "lost", "lossReason", "competitor", "outcomeNotes", "已在别家签单"));
    complete(task(lead), withVariables("lossReason", "competitor", "outcomeNotes", "已与别家装饰公司签约"));
    complete(task(lead), withVariables("lossConfirmed", true));

    reportLoss(lead);
    assertThat(lead).isEnded().hasPassed("orderLost");
    assertThat(register.find(lead.getBusinessKey())).containsEntry("STATUS", "lost")
        .containsEntry("OUTCOME_REASON", "competitor").containsEntry("OUTCOME_STAGE", "after-quotation");
    assertThat(register.commissions(lead.getBusinessKey())).isEmpty();
  }

  @Test
  void aLeadLostAfterMeasuringButBeforeTheQuotationIsConfirmedByTheCustomerAssistantAndTheDesignManagerAndReported() {
    // Seed 001 L48–52: 签单失败 after 量房 — the customer assistant's return visit, then the design manager's, a
    // reason from the list, the register's 情况说明, and the case faxed to 总经办 and told to the shop manager.
    ProcessInstance lead = start(lead("13800000030", 8000, "walk-in"));
    attribute(lead, "zhouli");
    complete(task(lead), withVariables("measured", true, "measuredOn", "2026-07-16"));
    assertThat(lead).isWaitingAt("prepareDesignProposal");
    complete(task(lead), withVariables("customerLost", true, "proposalNotes", "客户说已找别家"));

    assertThat(lead).isWaitingAt("returnVisitLostOrder").variables().containsEntry("lossStage", "design");
    completeAs("hanmei", lead, Map.of("lossReason", "competitor", "outcomeNotes", "已与别家签约"));
    assertThat(lead).isWaitingAt("confirmLostOrder").task().hasCandidateGroup("design-manager");
    // Not confirmed: the designer goes on with the proposal.
    complete(task(lead), withVariables("lossConfirmed", false));
    assertThat(lead).isWaitingAt("prepareDesignProposal").task().isAssignedTo("hulin");
    complete(task(lead), withVariables("proposalDate", "2026-07-20"));
    assertThat(lead).isWaitingAt("prepareQuotation");
    // While the quotation is in hand the customer goes: still before the quotation.
    complete(task(lead), withVariables("customerLost", true));
    assertThat(lead).variables().containsEntry("lossStage", "quotation");
    completeAs("hanmei", lead, Map.of("lossReason", "price", "outcomeNotes", "预算不够"));
    complete(task(lead), withVariables("lossConfirmed", false));
    assertThat(lead).isWaitingAt("prepareQuotation");
    complete(task(lead), withVariables("customerLost", true));
    completeAs("hanmei", lead, Map.of("lossReason", "price", "outcomeNotes", "预算不够"));
    // The reason is the seed's: an invalid lead's reason does not fit a lost order, in words staff read.
    String confirmation = task(lead).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(confirmation,
        Map.of("lossConfirmed", true, "lossReason", "no-renovation-plan")))
        .isInstanceOf(InputRefused.class).hasMessageContaining("lossReason(原因)");
    completeAs("xuting", lead, Map.of("lossConfirmed", true, "lossReason", "price"));

    reportLoss(lead);
    assertThat(lead).isEnded().hasPassed("recordLostOrder", "orderLost").hasNotPassed("returnVisitAfterQuotation");
    Map<String, Object> row = register.find(lead.getBusinessKey());
    assertThat(row).containsEntry("STATUS", "lost").containsEntry("OUTCOME_REASON", "price")
        .containsEntry("OUTCOME_STAGE", "quotation").containsEntry("OUTCOME_NOTES", "预算不够")
        .containsEntry("OUTCOME_VISITED_BY", "hanmei").containsEntry("OUTCOME_CONFIRMED_BY", "xuting");
    assertThat(row.get("CLOSED_AT")).isNotNull();
    assertThat(lossNotices(lead)).satisfiesExactlyInAnyOrder(
        n -> assertThat(n).containsEntry("RECIPIENT", "shop-manager").containsEntry("MESSAGE_TYPE", "lead-lost"),
        n -> assertThat(n).containsEntry("RECIPIENT", "general-office").containsEntry("MESSAGE_TYPE", "lead-lost"));
    assertThat(lossNotices(lead).get(0).get("MESSAGE").toString()).contains(lead.getBusinessKey())
        .contains("量房后、报价前流失(报价阶段)").contains("原因：价格");
  }

  @Test
  void aSignedOrderCancelledByTheCustomerIsALostOrderAndItsCommissionIsReversedNotDeleted() {
    // Seed 001 L49: 与我司签订装修合同后退单 is a 签单失败 like any other — visited, confirmed, reported; the
    // commission signing earned (L4, L61) is taken back by reversal lines, the paid lines stay on record.
    ProcessInstance lead = startAs("tianxue", lead("13800000031", 20000, "walk-in"));
    attribute(lead, "zhouli");
    followUpToReturnVisit(lead);
    completeAs("zhouli", lead, Map.of("leadOutcome", "signed", "contractAmount", 21000));
    assertThat(register.commissions(lead.getBusinessKey())).hasSize(2);

    assertThat(lead).isWaitingAt("handOverSignedOrder");
    complete(task(lead), withVariables("orderCancelled", true, "outcomeNotes", "客户来电退单"));
    assertThat(lead).isWaitingAt("returnVisitLostOrder").variables().containsEntry("lossStage", "after-signing");
    completeAs("hanmei", lead, Map.of("lossReason", "customer", "outcomeNotes", "家里变故，暂不装修"));
    // The design manager doubts it: back to the hand-over, the order stands until a cancellation is confirmed.
    complete(task(lead), withVariables("lossConfirmed", false));
    assertThat(lead).isWaitingAt("handOverSignedOrder");
    assertThat(register.find(lead.getBusinessKey())).containsEntry("STATUS", "signed");
    complete(task(lead), withVariables("orderCancelled", true, "outcomeNotes", "客户再次来电确认退单"));
    completeAs("hanmei", lead, Map.of("lossReason", "customer", "outcomeNotes", "确认退单"));
    completeAs("xuting", lead, Map.of("lossConfirmed", true, "lossReason", "customer"));
    reportLoss(lead);

    assertThat(lead).isEnded().hasPassed("recordCancelledOrder", "orderCancelled").hasNotPassed("orderSigned");
    Map<String, Object> row = register.find(lead.getBusinessKey());
    assertThat(row).containsEntry("STATUS", "cancelled").containsEntry("OUTCOME_REASON", "customer")
        .containsEntry("OUTCOME_STAGE", "after-signing");
    assertThat((BigDecimal) row.get("CONTRACT_AMOUNT")).isEqualByComparingTo("21000");
    var lines = register.commissions(lead.getBusinessKey());
    assertThat(lines).extracting(l -> l.get("ROLE") + "/" + l.get("ENTRY") + "/" + l.get("BENEFICIARY"))
        .containsExactly("account-manager/earned/zhouli", "account-manager/reversal/zhouli",
            "receptionist/earned/tianxue", "receptionist/reversal/tianxue");
    assertThat(lines.stream().map(l -> (BigDecimal) l.get("AMOUNT")).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("0");
    assertThat(lines.get(1).get("REASON")).isEqualTo("退单冲销：客户经理跟进至签单");
    assertThat(lossNotices(lead)).hasSize(2);
  }

  @Test
  void badInputIsRefusedWithTheFieldsNamedAndNothingIsLeftBehind() {
    long casesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    Map<String, Object> vars = lead("", -1, "flyer");
    assertThatThrownBy(() -> start(vars))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("phone").hasMessageContaining("estimatedAmount").hasMessageContaining("source");
    Map<String, Object> noAmount = lead("13800000015", 0, "walk-in");
    noAmount.remove("estimatedAmount");
    assertThatThrownBy(() -> start(noAmount)).hasMessageContaining("estimatedAmount(预估金额(元)): 必填");
    Map<String, Object> fen = lead("13800000015", 100.005, "walk-in");
    assertThatThrownBy(() -> start(fen)).hasMessageContaining("最多两位小数");

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(casesBefore);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_register", Integer.class)).isZero();
  }

  @Test
  void signingWithoutAContractAmountIsRefused() {
    ProcessInstance lead = start(lead("13800000016", 8000, "walk-in"));
    attribute(lead, "zhouli");
    followUpToReturnVisit(lead);
    String taskId = task(lead).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("leadOutcome", "signed")))
        .hasMessageContaining("contractAmount");
    assertThat(lead).isWaitingAt("returnVisitAfterQuotation");
  }

  // --- helpers ---

  /** The report of a lost lead is a job of its own (asyncBefore), which the test engine runs once it is due. */
  private void reportLoss(ProcessInstance lead) {
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(lead.getId())
        .activityId("reportLeadLoss").count()).isZero();
    assertThat(lead).hasPassed("reportLeadLoss");
  }

  private java.util.List<Map<String, Object>> lossNotices(ProcessInstance lead) {
    return jdbc.queryForList("SELECT * FROM notification_outbox WHERE process_instance_id = ? AND message_type = ?"
        + " ORDER BY recipient DESC", lead.getId(), "lead-lost");
  }

  private ProcessInstance start(Map<String, Object> vars) {
    return runtime.startProcessInstanceByKey("lead-to-order", vars);
  }

  private ProcessInstance startAs(String user, Map<String, Object> vars) {
    ProcessInstance[] started = new ProcessInstance[1];
    asUser(user, () -> started[0] = start(vars));
    return started[0];
  }

  private void completeAs(String user, ProcessInstance lead, Map<String, Object> vars) {
    String taskId = task(lead).getId();
    asUser(user, () -> engine.getTaskService().complete(taskId, vars));
  }

  /** Runs as a logged-in person with their groups: their grants and duties are checked as in Tasklist. */
  private void asUser(String user, Runnable work) {
    com.servicecentre.TestStaff.as(identity, user, work);
  }

  public static Map<String, Object> lead(String phone, double amount, String source) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("customerName", "陈先生");
    vars.put("phone", phone);
    vars.put("address", "锦绣花园3栋1202");
    vars.put("floorArea", 96.5);
    vars.put("plannedDate", "2026-09-01");
    vars.put("estimatedAmount", amount);
    vars.put("source", source);
    return vars;
  }

  private void attribute(ProcessInstance lead, String owner) {
    assertThat(lead).isWaitingAt("confirmAttribution").task().hasCandidateGroup("account-manager");
    complete(task(lead), withVariables("leadOwner", owner, "attributionBasis", "first-contact"));
  }

  /** Attribution of a marketing lead, with the designer the salesperson prefers picked from the list. */
  private void attribute(ProcessInstance lead, String owner, String preferredDesigner) {
    assertThat(lead).isWaitingAt("confirmAttribution").task().hasCandidateGroup("account-manager");
    completeAs("zhouli", lead, Map.of("leadOwner", owner, "attributionBasis", "first-contact",
        "preferredDesigner", preferredDesigner));
  }

  private void followUpToReturnVisit(ProcessInstance lead) {
    complete(task(lead), withVariables("measured", true, "measuredOn", "2026-07-16"));
    assertThat(lead).isWaitingAt("prepareDesignProposal");
    complete(task(lead), withVariables("proposalDate", "2026-07-20"));
    assertThat(lead).isWaitingAt("prepareQuotation");
    complete(task(lead), withVariables("quotationDate", "2026-07-22", "quotedAmount", 26000));
    assertThat(lead).isWaitingAt("returnVisitAfterQuotation").task().hasCandidateGroup("account-manager");
  }

  private int seeded;

  private void dispatched(String designer, String status, LocalDateTime at) {
    String leadNo = "SEED" + (++seeded);
    jdbc.update("""
        INSERT INTO lead_register (lead_no, process_instance_id, customer_name, phone, address, estimated_amount,
          source, designer, dispatched_at, status, received_at)
        VALUES (?, 'seed', '测试', ?, '地址', 8000, 'walk-in', ?, ?, ?, ?)""",
        leadNo, "139" + seeded, designer, at, status, at);
  }

  private void staff(String userId, String group) {
    TestStaff.member(identity, userId, group);
  }


  /** The reasons the design manager's confirmation offers, as the form's select reads them. */
  @SuppressWarnings("unchecked")
  private List<String> offeredReasons(ProcessInstance lead) {
    List<Map<String, String>> offered = (List<Map<String, String>>) engine.getTaskService()
        .getVariableLocal(task(lead).getId(), "lossReasons");
    return offered.stream().map(option -> option.get("value")).toList();
  }
}
