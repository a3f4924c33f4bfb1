package com.servicecentre.moveout;

import static com.servicecentre.common.ProcessVariable.count;
import static com.servicecentre.common.ProcessVariable.day;
import static com.servicecentre.common.ProcessVariable.flag;
import static com.servicecentre.common.ProcessVariable.money;
import static com.servicecentre.common.ProcessVariable.text;

import com.servicecentre.common.ProcessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 退房/迁出退款 (processes/move-out-refund.bpmn): its key and its variables, each declared once; every amount is
 * exact yuan (BigDecimal). The case number is {@link com.servicecentre.common.CaseVariables#CASE_NO}.
 */
public final class MoveOutProcess {

  public static final String KEY = "move-out-refund";
  public static final String CASE_PREFIX = "TF";

  // 迁出申请 (start form move-out-application)
  public static final ProcessVariable<String> APPLICANT = text("applicant");
  public static final ProcessVariable<String> UNIT = text("unit");
  public static final ProcessVariable<LocalDate> MOVE_OUT_DATE = day("moveOutDate");
  public static final ProcessVariable<String> REASON = text("reason");
  public static final ProcessVariable<String> REFUND_ACCOUNT = text("refundAccount");
  public static final ProcessVariable<BigDecimal> RENOVATION_DEPOSIT = money("renovationDeposit");
  public static final ProcessVariable<BigDecimal> LEASE_DEPOSIT = money("leaseDeposit");
  public static final ProcessVariable<BigDecimal> PREPAID_FEES = money("prepaidFees");
  /** Everything the office holds for the unit: deposits and prepayments. */
  public static final ProcessVariable<BigDecimal> DEPOSITS_HELD = money("depositsHeld");

  // 费用结算, 查验
  public static final ProcessVariable<BigDecimal> ARREARS = money("arrears");
  /** The fee ledger's last entry of the unit when the arrears were read: what the settlement covers. */
  public static final ProcessVariable<Integer> SETTLED_UP_TO = count("settledUpTo");
  public static final ProcessVariable<String> DAMAGES = text("damages");
  public static final ProcessVariable<BigDecimal> DAMAGE_COST = money("damageCost");
  /**
   * 先修复再交房: what the inspection that sent the unit to repair found and priced, set aside when the repair starts;
   * the repair's fee replaces that damage cost (no double charge). The repair job and its fee, for the re-inspection.
   */
  public static final ProcessVariable<String> DAMAGES_BEFORE_REPAIR = text("damagesBeforeRepair");
  public static final ProcessVariable<BigDecimal> DAMAGE_COST_BEFORE_REPAIR = money("damageCostBeforeRepair");
  public static final ProcessVariable<String> REPAIR_JOB_NO = text("repairJobNo");
  public static final ProcessVariable<BigDecimal> REPAIR_FEE = money("repairFee");

  // 计算退款 (refund = deposits − arrears − damages; a negative result is a balance due)
  public static final ProcessVariable<BigDecimal> REFUND_DUE = money("refundDue");
  public static final ProcessVariable<BigDecimal> BALANCE_DUE = money("balanceDue");
  public static final ProcessVariable<Boolean> HAS_BALANCE_DUE = flag("hasBalanceDue");

  /** How many levels refund-approval asks for (0: a refund of 0, no approval). */
  public static final ProcessVariable<Integer> APPROVAL_LEVELS = count("approvalLevels");

  // 财务退款 / 收款 (form move-out-payment)
  public static final ProcessVariable<String> PAYMENT_REFERENCE = text("paymentReference");
  public static final ProcessVariable<BigDecimal> AMOUNT_RECEIVED = money("amountReceived");
  public static final ProcessVariable<String> RELEASE_NOTE_NO = text("releaseNoteNo");

  private MoveOutProcess() {}
}
