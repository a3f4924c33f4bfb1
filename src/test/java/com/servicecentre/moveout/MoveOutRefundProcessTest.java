package com.servicecentre.moveout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static com.servicecentre.SlaTimers.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.servicecentre.ProcessCoverageFloor.Covers;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TestStaff;
import com.servicecentre.ledger.FeeLedger;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of move-out-refund on the real application, with the fee ledger and the move-out register. */
@ServiceCentreTest
@Covers("move-out-refund")
class MoveOutRefundProcessTest {

  private static final AtomicInteger UNITS = new AtomicInteger();

  @Autowired ProcessEngine engine;
  @Autowired FeeLedger ledger;
  @Autowired MoveOutRegister register;

  private String unit;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    TestStaff.member(engine.getIdentityService(), "liuqiang", "maintenance");
    unit = "7栋" + UNITS.incrementAndGet() + "01";
  }

  @Test
  void smallRefundApprovedByTheSupervisorAndPaidOnce() {
    ledger.book(unit, "WY-2026-11", "management-fee", new BigDecimal("320.40"), "11月物业费", "A01");
    // the same unit name in another office's estate is another unit: its charge is not this owner's to settle
    ledger.book(unit, "WY-A02-" + unit, "management-fee", new BigDecimal("99.00"), "锦绣苑物业费", "A02");
    ProcessInstance mo = start(application("1000", "500", "0.10"));
    String caseNo = mo.getBusinessKey();
    assertThat(caseNo).matches("TF\\d{6}");
    settleAndInspect(mo, "0.2");

    // 1500.10 − 320.40 − 0.20 = 1179.50
    assertThat(mo).variables().containsEntry("refundDue", new BigDecimal("1179.50"))
        .containsEntry("approvalChain", List.of("cs-supervisor"));
    approve(mo, "cs-supervisor");
    pay(mo);

    assertThat(mo).isEnded().hasPassed("issueReleaseNote", "notifyApplicant");
    assertThat(register.find(caseNo)).containsEntry("STATUS", "closed").containsEntry("PAYMENT_REFERENCE", "PZ-001")
        .containsEntry("RELEASE_NOTE_NO", "FX" + caseNo.substring(2));
    assertThat((BigDecimal) register.find(caseNo).get("REFUND_AMOUNT")).isEqualByComparingTo("1179.50");
    assertThat(ledger.balance(unit, "A01")).isEqualByComparingTo("0");
    assertThat(ledger.balance(unit, "A02")).isEqualByComparingTo("99.00");

    // a second payment of the same case (a retried job, a double click) records nothing
    assertThat(register.recordPayment(caseNo, "PZ-002", java.time.LocalDateTime.now())).isFalse();
    assertThat(ledger.book(unit, caseNo, "move-out-settlement", new BigDecimal("-320.40"), "again", "A01"))
        .isFalse();
    assertThat(register.find(caseNo)).containsEntry("PAYMENT_REFERENCE", "PZ-001");
    assertThat(ledger.balance(unit, "A01")).isEqualByComparingTo("0");
  }

  @Test
  void largerRefundIsApprovedByEachLevelInTurn() {
    ProcessInstance mo = start(application("30000", "0", "0"));
    settleAndInspect(mo, null);
    assertThat(mo).variables()
        .containsEntry("approvalChain", List.of("cs-supervisor", "office-manager", "finance-manager"));
    approve(mo, "cs-supervisor");
    approve(mo, "office-manager");
    approve(mo, "finance-manager");
    assertThat(mo).isWaitingAt("payRefund");
  }

  /**
   * Issue 17 point 12, the ladder: each approval level applies from its threshold up, so a larger refund keeps
   * every level a smaller one needs (the supervisor is no longer skipped from 2,000 and added again from 50,000),
   * and a refund of 0 needs no approval at all: it goes straight to finance to close the account.
   */
  @Test
  void eachLevelAppliesFromItsThresholdUpAndARefundOfZeroNeedsNoApproval() {
    ProcessInstance five = start(application("5000", "0", "0"));
    settleAndInspect(five, null);
    assertThat(five).variables().containsEntry("approvalChain", List.of("cs-supervisor", "office-manager"));

    ProcessInstance large = start(application("60000", "0", "0"));
    settleAndInspect(large, null);
    assertThat(large).variables()
        .containsEntry("approvalChain", List.of("cs-supervisor", "office-manager", "finance-manager"));

    ledger.book(unit, "WY-2026-12", "management-fee", new BigDecimal("800.00"), "12月物业费", "A01");
    ProcessInstance zero = start(application("800", "0", "0"));
    settleAndInspect(zero, null);
    assertThat(zero).variables().containsEntry("refundDue", new BigDecimal("0.00"))
        .containsEntry("approvalLevels", 0).doesNotContainKey("approvalChain");
    assertThat(zero).isWaitingAt("payRefund").hasPassed("approvalNeededGateway").hasNotPassed("approveRefund");
    pay(zero);
    assertThat(zero).isEnded().hasPassed("issueReleaseNote");
    assertThat(register.find(zero.getBusinessKey()).get("APPROVAL_CHAIN")).isNull();
    assertThat(ledger.balance(unit, "A01")).isEqualByComparingTo("0");
  }

  /**
   * Issue 17 point 12, the record: who approved at which level, and when, is written to the register's approval
   * chain as each approver decides (the person from the login); a rejection is on record too.
   */
  @Test
  void theApprovalChainWithWhoAndWhenIsWrittenToTheRegister() {
    TestStaff.member(engine.getIdentityService(), "wangfang", "cs-supervisor");
    TestStaff.member(engine.getIdentityService(), "huangjun", "office-manager");
    ProcessInstance mo = start(application("5000", "0", "0"));
    String caseNo = mo.getBusinessKey();
    settleAndInspect(mo, null);
    decideAs("wangfang", mo, "cs-supervisor", Map.of("approved", true));
    decideAs("huangjun", mo, "office-manager", Map.of("approved", false, "rejectionReason", "押金收据缺失"));
    String afterRejection = (String) register.find(caseNo).get("APPROVAL_CHAIN");
    assertThat(afterRejection).matches("cs-supervisor wangfang \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 同意; "
        + "office-manager huangjun \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 驳回");

    complete(task(mo), withVariables("revisionNotes", "补交收据"));
    decideAs("wangfang", mo, "cs-supervisor", Map.of("approved", true));
    decideAs("huangjun", mo, "office-manager", Map.of("approved", true));
    String chain = (String) register.find(caseNo).get("APPROVAL_CHAIN");
    assertThat(chain).startsWith(afterRejection + "; ");
    assertThat(chain.split("; ")).hasSize(4);
    assertThat(chain.split("; ")[3]).matches("office-manager huangjun \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 同意");
    assertThat(chain.split("; ")[2]).startsWith("cs-supervisor wangfang ").endsWith(" 同意");
    pay(mo);
    assertThat(mo).isEnded();
  }

  @Test
  void rejectionReturnsToTheClerkWithTheReasonAndIsResubmitted() {
    ProcessInstance mo = start(application("60000", "0", "0"));
    settleAndInspect(mo, null);
    approve(mo, "cs-supervisor");
    assertThat(task(mo)).hasCandidateGroup("office-manager");
    complete(task(mo), withVariables("approved", false, "rejectionReason", "漏算墙面损坏"));

    assertThat(mo).isWaitingAt("reviseRefundApplication").task().hasCandidateGroup("customer-service");
    complete(task(mo), withVariables("damageCost", 12000, "revisionNotes", "补记墙面损坏"));
    // 48,000 now: still all three levels from the supervisor up
    assertThat(mo).variables().containsEntry("refundDue", new BigDecimal("48000.00"))
        .containsEntry("approvalChain", List.of("cs-supervisor", "office-manager", "finance-manager"));
    approve(mo, "cs-supervisor");
    approve(mo, "office-manager");
    approve(mo, "finance-manager");
    pay(mo);
    assertThat(mo).isEnded();
  }

  @Test
  void eachApproverAndEachReInspectionStartsWithAnEmptyFormNotThePreviousAnswer() {
    ProcessInstance mo = start(application("30000", "0", "0"));
    settleAndInspect(mo, "100");
    approve(mo, "cs-supervisor");
    approve(mo, "office-manager");
    // The finance manager decides for herself: the office manager's 同意 is not pre-selected.
    assertThat(engine.getRuntimeService().getVariables(mo.getId())).doesNotContainKeys("approved", "rejectionReason");
    complete(task(mo), withVariables("approved", false, "rejectionReason", "押金收据缺失"));
    complete(task(mo), withVariables("revisionNotes", "补交收据"));
    assertThat(engine.getRuntimeService().getVariables(mo.getId())).doesNotContainKeys("approved", "rejectionReason");
  }

  /**
   * A repair fee still open when the unit moves out is taken from the deposits: the move-out marks it paid, so
   * finance neither lists it as open nor takes it a second time at the desk.
   */
  @Test
  void aRepairFeeTheDepositsCoveredIsPaidAndCannotBeTakenAgainAtTheDesk() {
    ledger.book(unit, "BX-OPEN-" + unit, "repair-charge", new BigDecimal("150.00"), "换水管", "A01");
    ProcessInstance mo = start(application("1000", "0", "0"));
    settleAndInspect(mo, null);
    approve(mo, "cs-supervisor");
    pay(mo);

    assertThat(mo).isEnded();
    assertThat(ledger.unpaidCharges(unit)).isEmpty();
    assertThat(ledger.markPaid("BX-OPEN-" + unit, "repair-charge", "zhaomin", "SK-1"))
        .isEqualTo(FeeLedger.Marked.ALREADY_PAID);
    assertThat(ledger.balance(unit, "A01")).isEqualByComparingTo("0");
    assertThat(ledger.entriesOfUnit(unit)).allSatisfy(entry -> assertThat(entry.get("PAID")).isEqualTo(true));
  }

  @Test
  void balanceDueIsCollectedBeforeTheReleaseNote() {
    ledger.book(unit, "SD-2026-10", "utilities", new BigDecimal("800.00"), "水电", "A01");
    ProcessInstance mo = start(application("500", "0", "0"));
    settleAndInspect(mo, "100.25");

    assertThat(mo).isWaitingAt("collectBalance").hasPassed("requestPayment").hasNotPassed("approveRefund");
    assertThat(mo).variables().containsEntry("balanceDue", new BigDecimal("400.25"));
    String taskId = task(mo).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
        Map.of("amountReceived", 400, "paymentReference", "SK-9"))).hasMessageContaining("应收 400.25 元");
    complete(task(mo), withVariables("amountReceived", 400.25, "paymentReference", "SK-9"));

    assertThat(mo).isEnded().hasPassed("issueReleaseNote");
    assertThat(ledger.balance(unit, "A01")).isEqualByComparingTo("0");
  }

  /**
   * Issue 17 point 12, no double charge: a unit repaired through repair-dispatch before hand-over pays the repair's
   * price-list fee through the fee ledger (the next settlement's arrears); the damage cost the inspector put on
   * that damage before the repair is set aside, not kept, so the inspection after the repair charges only what the
   * repair did not cover.
   */
  @Test
  void aUnitRepairedBeforeHandOverIsNotChargedTwiceForTheSameDamage() {
    ProcessInstance mo = start(application("2000", "0", "0"));
    complete(task(mo));
    complete(task(mo), withVariables("repairNeeded", true, "repairTrade", "plumbing-electrical",
        "damages", "卫生间水管漏水", "damageCost", 300));

    assertThat(mo).isWaitingAt("repairBeforeHandOver");
    assertThat(engine.getRuntimeService().getVariables(mo.getId())).doesNotContainKey("damageCost");
    ProcessInstance repair = calledProcessInstance("repair-dispatch", mo);
    complete(task(repair), withVariables("technician", "liuqiang"));
    complete(task(repair));
    complete(task(repair), withVariables("repairResult", "fixed", "workDone", "更换水管",
        "chargeService", "pipe-replace", "chargeQuantity", 6));
    complete(task(repair), withVariables("ownerConfirmed", true));
    complete(task(repair), withVariables("satisfied", true));
    complete(task(repair));

    // back to settlement: the repair's fee (6 m of pipe at 25 yuan) is now arrears, once
    assertThat(mo).isWaitingAt("checkSettlement").variables().containsEntry("arrears", new BigDecimal("150.00"))
        .containsEntry("repairJobNo", repair.getBusinessKey()).containsEntry("repairFee", new BigDecimal("150.00"))
        .containsEntry("damagesBeforeRepair", "卫生间水管漏水");
    assertThat((BigDecimal) engine.getRuntimeService().getVariable(mo.getId(), "damageCostBeforeRepair"))
        .isEqualByComparingTo("300");
    complete(task(mo));
    // the re-inspection, left as Tasklist shows it: no damage beyond what was repaired
    complete(task(mo), withVariables("repairNeeded", false));
    assertThat(mo).variables().containsEntry("refundDue", new BigDecimal("1850.00"));
    assertThat((BigDecimal) register.find(mo.getBusinessKey()).get("DAMAGE_COST")).isEqualByComparingTo("0");
    assertThat(ledger.entriesOfUnit(unit)).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("ENTRY_TYPE", "repair-charge"));
  }

  @Test
  void badApplicationIsRefusedWithTheFieldsNamed() {
    Map<String, Object> vars = application("-1", "0.005", "0");
    vars.remove("refundAccount");
    assertThatThrownBy(() -> start(vars)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("renovationDeposit(装修押金(元)): 不能为负数")
        .hasMessageContaining("leaseDeposit(租赁押金(元)): 最多两位小数");
    Map<String, Object> noAccount = application("100", "0", "0");
    noAccount.remove("refundAccount");
    assertThatThrownBy(() -> start(noAccount)).hasMessageContaining("refundAccount(退款账户): 有押金或预交款待退时必填");
  }

  // --- helpers ---

  /** The approver of that level decides, logged in as Tasklist would. */
  private void decideAs(String userId, ProcessInstance mo, String group, Map<String, Object> decision) {
    assertThat(mo).isWaitingAt("approveRefund").task().hasCandidateGroup(group);
    String taskId = task(mo).getId();
    as(userId, () -> engine.getTaskService().complete(taskId, decision));
  }

  private void as(String userId, Runnable work) {
    TestStaff.as(engine.getIdentityService(), userId, work);
  }

  private ProcessInstance start(Map<String, Object> vars) {
    return engine.getRuntimeService().startProcessInstanceByKey("move-out-refund", vars);
  }

  private Map<String, Object> application(String renovation, String lease, String prepaid) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("applicant", "赵先生");
    vars.put("unit", unit);
    vars.put("moveOutDate", "2026-12-01");
    vars.put("reason", "lease-end");
    vars.put("refundAccount", "工商银行 6222 0000 1111");
    vars.put("renovationDeposit", Double.valueOf(renovation));
    vars.put("leaseDeposit", Double.valueOf(lease));
    vars.put("prepaidFees", Double.valueOf(prepaid));
    return vars;
  }

  private void settleAndInspect(ProcessInstance mo, String damageCost) {
    assertThat(mo).isWaitingAt("checkSettlement").task().hasCandidateGroup("finance");
    complete(task(mo));
    assertThat(mo).isWaitingAt("inspectPremises").task().hasCandidateGroup("maintenance");
    Map<String, Object> inspection = new HashMap<>(Map.of("repairNeeded", false));
    if (damageCost != null) {
      inspection.put("damageCost", Double.valueOf(damageCost));
    }
    complete(task(mo), inspection);
  }

  private void approve(ProcessInstance mo, String group) {
    assertThat(mo).isWaitingAt("approveRefund").task().hasCandidateGroup(group);
    complete(task(mo), withVariables("approved", true));
  }

  private void pay(ProcessInstance mo) {
    assertThat(mo).isWaitingAt("payRefund").task().hasCandidateGroup("finance");
    complete(task(mo), withVariables("paymentReference", "PZ-001"));
  }
}
