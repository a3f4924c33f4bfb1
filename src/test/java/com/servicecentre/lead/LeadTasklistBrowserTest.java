package com.servicecentre.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistPage;
import com.servicecentre.TasklistPage.Form;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lead walked through Tasklist in headless Chromium, from the account manager's intake to the signed order: the
 * number at once, attribution (接单人 by name), the designer the rules chose measures, proposes and quotes (dates
 * through form-js's date picker), the return visit shows the designer by name and records the contract, which is then
 * handed over to construction. A second call
 * from the same phone is numbered at once too, merged after review, and both stand in 我发起的案件. The designer's
 * card shows the order (number, customer, address, due time); the account manager's return visit is not his to see.
 */
@ServiceCentreTest
@ExtendWith(TasklistPage.Walk.class)
class LeadTasklistBrowserTest {

  @Autowired HistoryService history;

  private static final Map<String, String> DESIGNER_NAMES = Map.of("sunlei", "孙磊", "majing", "马静",
      "zhuyan", "朱燕", "hulin", "胡林");

  @Test
  void aLeadFromIntakeToASignedOrderAndADuplicateMerged(TasklistPage tasklist) {
    String phone = newPhone();
    Dispatched dispatched = takeInAndDispatch(tasklist, phone);
    String leadNo = dispatched.leadNo();
    String designer = dispatched.designer();
    tasklist.as(designer);
    // The designer's card names the order: its number, the customer, the address, the due time.
    tasklist.filter("我的任务").search(leadNo);
    assertThat(tasklist.cardText("量房")).contains("编号", leadNo).contains("客户", "陈先生")
        .contains("地址", "锦绣花园3栋1202").contains("到期");
    Form measure = tasklist.find("我的任务", leadNo, "量房");
    assertThat(measure.value("phone")).isEqualTo(phone);
    measure.pick("measured", "已量房").type("measureNotes", "三室两厅，需改水电");
    tasklist.complete();
    Form proposal = tasklist.find("我的任务", leadNo, "设计方案");
    proposal.date("proposalDate", LocalDate.now()).type("proposalNotes", "现代简约");
    tasklist.complete();
    Form quotation = tasklist.find("我的任务", leadNo, "报价");
    quotation.date("quotationDate", LocalDate.now()).type("quotedAmount", "21000");
    tasklist.complete();
    // The return visit is the account managers' work: the designer does not see it.
    assertThat(tasklist.filter("我组的任务").search(leadNo)).isEmpty();

    tasklist.as("zhouli");
    Form visit = tasklist.find("我组的任务", leadNo, "客户经理回访");
    assertThat(visit.value("designer")).isEqualTo(DESIGNER_NAMES.get(designer));
    tasklist.claim();
    visit.pick("leadOutcome", "签单");
    assertThat(visit.shows("lossReason")).isFalse();
    visit.type("contractAmount", "20500");
    tasklist.complete();
    // The signed order is handed over to construction (a cancellation would be recorded here instead).
    Form handover = tasklist.find("我组的任务", leadNo, "签单交接(开工或退单)");
    assertThat(handover.value("designer")).isEqualTo(DESIGNER_NAMES.get(designer));
    tasklist.claim();
    handover.pick("orderCancelled", "已交工程部开工");
    tasklist.complete();

    // The same phone again: numbered at once, merged into the first lead after the account manager's review.
    String duplicateNo = tasklist.startCase("客户来单到签单", form -> fill(form, phone));
    assertThat(duplicateNo).matches("XD\\d{6}").isNotEqualTo(leadNo);
    Form review = tasklist.find("我组的任务", duplicateNo, "核对重复来单");
    assertThat(review.value("duplicateOf")).isEqualTo(leadNo);
    tasklist.claim();
    review.pick("isDuplicate", "是，并入原档案");
    tasklist.complete();

    Map<String, String> mine = tasklist.myCases();
    assertThat(mine.get(leadNo)).contains("客户来单到签单").contains("已办结");
    assertThat(mine.get(duplicateNo)).contains("已办结");
  }

  @Test
  void aLeadLostBeforeTheQuotationIsConfirmedByTheCustomerAssistantAndTheDesignManager(TasklistPage tasklist) {
    Dispatched dispatched = takeInAndDispatch(tasklist, newPhone());
    String leadNo = dispatched.leadNo();
    String designer = dispatched.designer();

    // The designer reports the customer gone while the proposal is in hand: the date is then not asked for.
    tasklist.as(designer);
    tasklist.find("我的任务", leadNo, "量房").pick("measured", "已量房");
    tasklist.complete();
    Form proposal = tasklist.find("我的任务", leadNo, "设计方案");
    proposal.check("customerLost").type("proposalNotes", "客户已与别家签约");
    assertThat(proposal.shows("proposalDate")).isFalse();
    tasklist.complete();

    tasklist.as("hanmei");
    Form visit = tasklist.find("我组的任务", leadNo, "客户助理回访确认签单失败");
    assertThat(visit.value("lossStage")).isEqualTo("量房后、报价前：设计方案阶段");
    assertThat(visit.value("designer")).isEqualTo(DESIGNER_NAMES.get(designer));
    assertThat(visit.shows("contractAmount")).isFalse();
    tasklist.claim();
    visit.choose("lossReason", "竞争对手").type("outcomeNotes", "客户已与别家装饰公司签约");
    tasklist.complete();

    tasklist.as("xuting");
    Form confirm = tasklist.find("我组的任务", leadNo, "设计部经理确认签单失败");
    assertThat(confirm.value("lossReason")).isEqualTo("竞争对手");
    assertThat(confirm.value("outcomeNotes")).isEqualTo("客户已与别家装饰公司签约");
    tasklist.claim();
    confirm.pick("lossConfirmed", "确认");
    tasklist.complete();

    tasklist.as("zhouli");
    assertThat(tasklist.myCases().get(leadNo)).contains("已办结");
  }

  @Test
  void aMarketingLeadsTakerIsTheLoginAndItsPreferredDesignerIsPickedByNameFromTheDesigners(TasklistPage tasklist) {
    // People are chosen from lists, never typed: the start form asks for no login (the 接单人 is whoever is logged
    // in), and the designer the salesperson prefers (seed 001 L19) is picked by name at attribution, stored by login.
    tasklist.as("wuhao");
    Form intake = tasklist.startForm("客户来单到签单");
    assertThat(intake.shows("claimedBy")).isFalse();
    assertThat(intake.shows("preferredDesigner")).isFalse();
    intake.type("customerName", "陈先生").type("phone", newPhone()).type("address", "锦绣花园5栋302")
        .type("estimatedAmount", "12000").choose("source", "市场部小区电话资料");
    String leadNo = tasklist.start(intake);

    tasklist.as("zhouli");
    Form attribution = tasklist.find("我组的任务", leadNo, "归属认定");
    assertThat(attribution.value("claimedBy")).isEqualTo("吴浩");
    tasklist.claim();
    attribution.choose("leadOwner", "吴浩").choose("attributionBasis", "第一接触");
    assertThat(attribution.options("preferredDesigner")).contains("孙磊", "马静", "朱燕", "胡林")
        .doesNotContain("周丽", "吴浩");
    attribution.choose("preferredDesigner", "朱燕");
    tasklist.complete();

    String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(leadNo).singleResult()
        .getId();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("preferredDesigner").singleResult().getValue()).isEqualTo("zhuyan");
  }

  private static String newPhone() {
    return "139" + (10_000_000 + (int) (Math.random() * 89_999_999));
  }

  /**
   * The account manager takes a lead in and attributes it; 我发起的案件 then shows where it stands: with the designer
   * the rules chose (by name), or, when every designer of its grade is at the cap this week, with the account
   * manager for a forced dispatch, which is made.
   */
  private static Dispatched takeInAndDispatch(TasklistPage tasklist, String phone) {
    tasklist.as("zhouli");
    String leadNo = tasklist.startCase("客户来单到签单", form -> fill(form, phone));
    assertThat(leadNo).matches("XD\\d{6}");

    Form attribution = tasklist.find("我组的任务", leadNo, "归属认定");
    // The 接单人 is who entered the lead, by name; only a marketing lead asks for the salesperson's designer.
    assertThat(attribution.value("claimedBy")).isEqualTo("周丽");
    assertThat(attribution.shows("preferredDesigner")).isFalse();
    tasklist.claim();
    attribution.choose("leadOwner", "周丽").choose("attributionBasis", "约客户上门");
    tasklist.complete();

    String where = tasklist.myCases().get(leadNo);
    if (where.contains("强制派单")) {
      Form force = tasklist.find("我组的任务", leadNo, "强制派单");
      tasklist.claim();
      force.choose("designer", "胡林").type("forcedReason", "本周都已满额，客户点名");
      tasklist.complete();
      where = tasklist.myCases().get(leadNo);
    }
    String standing = where;
    assertThat(standing).contains("量房");
    String designer = DESIGNER_NAMES.entrySet().stream().filter(e -> standing.contains(e.getValue()))
        .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("no designer in " + standing));
    return new Dispatched(leadNo, designer);
  }

  /** A lead's number and the login of the designer it went to. */
  private record Dispatched(String leadNo, String designer) {}

  private static void fill(Form form, String phone) {
    form.type("customerName", "陈先生").type("phone", phone).type("address", "锦绣花园3栋1202")
        .type("estimatedAmount", "20000").choose("source", "到店");
  }
}
