package com.servicecentre.lead;

import static com.servicecentre.common.ProcessVariable.day;
import static com.servicecentre.common.ProcessVariable.decimal;
import static com.servicecentre.common.ProcessVariable.flag;
import static com.servicecentre.common.ProcessVariable.money;
import static com.servicecentre.common.ProcessVariable.text;

import com.servicecentre.common.ProcessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 客户来单到签单 (processes/lead-to-order.bpmn): its key, the error the model catches, and its variables, each
 * declared once. The case (lead) number is {@link com.servicecentre.common.CaseVariables#CASE_NO}.
 */
public final class LeadProcess {

  public static final String KEY = "lead-to-order";
  public static final String CASE_PREFIX = "XD";

  /** No designer of the order's grade is under every cap: the account manager forces the dispatch (强制派单). */
  public static final String NO_DESIGNER_AVAILABLE = "NO_DESIGNER_AVAILABLE";

  // 客户来单 (start form lead-intake)
  public static final ProcessVariable<String> CUSTOMER_NAME = text("customerName");
  public static final ProcessVariable<String> PHONE = text("phone");
  public static final ProcessVariable<String> ADDRESS = text("address");
  public static final ProcessVariable<BigDecimal> FLOOR_AREA = decimal("floorArea");
  public static final ProcessVariable<LocalDate> PLANNED_DATE = day("plannedDate");
  public static final ProcessVariable<BigDecimal> ESTIMATED_AMOUNT = money("estimatedAmount");
  public static final ProcessVariable<String> SOURCE = text("source");
  /** 接单人: who took the customer's visit or call, the login that started the lead (not on the start form). */
  public static final ProcessVariable<String> CLAIMED_BY = text("claimedBy");
  public static final ProcessVariable<String> TRANSFER_SLIP_NO = text("transferSlipNo");
  /** The designer a marketing salesperson prefers, picked from the designers at attribution (归属认定). */
  public static final ProcessVariable<String> PREFERRED_DESIGNER = text("preferredDesigner");
  public static final ProcessVariable<Boolean> FROM_MARKETING = flag("fromMarketing");
  public static final ProcessVariable<Boolean> HAS_TRANSFER_SLIP = flag("hasTransferSlip");
  /** The lead already on file for the same phone, if any. */
  public static final ProcessVariable<String> DUPLICATE_OF = text("duplicateOf");
  /** Who filed this customer first in their daily list (报备), the owner the filed lists propose. */
  public static final ProcessVariable<String> PROPOSED_OWNER = text("proposedOwner");
  /** The filings of this customer's phone, earliest first, as the account manager reads them. */
  public static final ProcessVariable<String> FILING_EVIDENCE = text("filingEvidence");
  /** Whom the account manager names owner of the earlier lead when merging a duplicate into it. */
  public static final ProcessVariable<String> MERGED_OWNER = text("mergedOwner");

  // 归属认定, 传递单
  public static final ProcessVariable<String> LEAD_OWNER = text("leadOwner");
  public static final ProcessVariable<String> ATTRIBUTION_BASIS = text("attributionBasis");
  public static final ProcessVariable<Boolean> SLIP_APPROVED = flag("slipApproved");
  /** The salesperson took the customer to a designer without the account manager's dispatch (私自与设计师联系). */
  public static final ProcessVariable<Boolean> PRIVATE_DESIGNER_CONTACT = flag("privateDesignerContact");
  /** The account manager who followed the lead last (from the login), who earns the order's commission. */
  public static final ProcessVariable<String> ACCOUNT_MANAGER = text("accountManager");
  /** Who took the lead in (camunda:initiator): the front desk's commission goes to them for walk-in and phone leads. */
  public static final ProcessVariable<String> INITIATOR = text("initiator");

  // 派单 (designer-assignment, designer-capacity)
  public static final ProcessVariable<String> ORDER_SIZE = text("orderSize");
  public static final ProcessVariable<String> DESIGNER_GROUP = text("designerGroup");
  public static final ProcessVariable<String> DESIGNER = text("designer");
  public static final ProcessVariable<String> DISPATCH_BASIS = text("dispatchBasis");
  /** Each designer considered, their orders and caps: why this designer (or nobody) was chosen. */
  public static final ProcessVariable<String> CAPACITY_CHECK = text("capacityCheck");
  public static final ProcessVariable<String> FORCED_REASON = text("forcedReason");
  /** Every designer of the grade is at the day's or the week's cap: the design manager decides (an exception). */
  public static final ProcessVariable<Boolean> GRADE_AT_HARD_CAP = flag("gradeAtHardCap");

  // 结果
  /** The designer reports the customer gone while the proposal or the quotation is in hand (量房后、报价前). */
  public static final ProcessVariable<Boolean> CUSTOMER_LOST = flag("customerLost");
  /** At the hand-over after signing: the customer cancelled the signed contract (退单). */
  public static final ProcessVariable<Boolean> ORDER_CANCELLED = flag("orderCancelled");
  /** Where the lead was lost: design, quotation, after-quotation, after-signing (the model sets it on the way). */
  public static final ProcessVariable<String> LOSS_STAGE = text("lossStage");
  /** Who made the return visit that confirmed the loss, and the design manager who confirmed it (from the login). */
  public static final ProcessVariable<String> LOSS_VISITED_BY = text("lossVisitedBy");
  public static final ProcessVariable<String> LOSS_CONFIRMED_BY = text("lossConfirmedBy");
  public static final ProcessVariable<String> LOSS_REASON = text("lossReason");
  public static final ProcessVariable<String> OUTCOME_NOTES = text("outcomeNotes");
  public static final ProcessVariable<BigDecimal> CONTRACT_AMOUNT = money("contractAmount");
  /** Whether a marketing lead's salesperson was credited (a transfer slip both managers signed). */
  public static final ProcessVariable<Boolean> MARKETING_CREDITED = flag("marketingCredited");

  private LeadProcess() {}
}
