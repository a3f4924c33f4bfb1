package com.servicecentre.lead;

import static com.servicecentre.lead.LeadProcess.ADDRESS;
import static com.servicecentre.lead.LeadProcess.CLAIMED_BY;
import static com.servicecentre.lead.LeadProcess.CUSTOMER_NAME;
import static com.servicecentre.lead.LeadProcess.ESTIMATED_AMOUNT;
import static com.servicecentre.lead.LeadProcess.FLOOR_AREA;
import static com.servicecentre.lead.LeadProcess.FROM_MARKETING;
import static com.servicecentre.lead.LeadProcess.HAS_TRANSFER_SLIP;
import static com.servicecentre.lead.LeadProcess.INITIATOR;
import static com.servicecentre.lead.LeadProcess.PHONE;
import static com.servicecentre.lead.LeadProcess.PLANNED_DATE;
import static com.servicecentre.lead.LeadProcess.SOURCE;
import static com.servicecentre.lead.LeadProcess.TRANSFER_SLIP_NO;

import com.servicecentre.common.FormInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A customer lead as taken at intake (客户来单). */
public record Lead(
    String customerName,
    String phone,
    String address,
    BigDecimal floorArea,
    LocalDate plannedDate,
    BigDecimal estimatedAmount,
    String source,
    String claimedBy,
    String transferSlipNo) {

  /** Walk-in, phone, marketing's residential-area calls (小区电话资料), staff referral. */
  public static final List<String> SOURCES = List.of("walk-in", "phone", "marketing", "referral");

  /**
   * The intake form as entered: every problem named at once. The 接单人 is whoever took the customer's visit or call
   * and enters it — the login that starts the lead (camunda:initiator), never a typed name; a lead the application
   * itself starts, without a login, has none.
   */
  public static Lead from(VariableScope variables) {
    FormInput in = new FormInput(variables);
    Lead lead = new Lead(
        in.text(CUSTOMER_NAME.name(), "客户姓名"),
        in.phone(PHONE.name(), "电话"),
        in.text(ADDRESS.name(), "装修地址"),
        in.optionalPositiveNumber(FLOOR_AREA.name(), "面积(平方米)"),
        in.optionalDate(PLANNED_DATE.name(), "计划装修时间"),
        in.amount(ESTIMATED_AMOUNT.name(), "预估金额(元)"),
        in.oneOf(SOURCE.name(), "来源", SOURCES),
        INITIATOR.from(variables),
        in.optionalText(TRANSFER_SLIP_NO.name()));
    in.check();
    return lead;
  }

  /** The lead as {@link #keep} left it on the case. */
  public static Lead kept(VariableScope variables) {
    return new Lead(CUSTOMER_NAME.get(variables), PHONE.get(variables), ADDRESS.get(variables),
        FLOOR_AREA.from(variables), PLANNED_DATE.from(variables), ESTIMATED_AMOUNT.get(variables),
        SOURCE.get(variables), CLAIMED_BY.from(variables), TRANSFER_SLIP_NO.from(variables));
  }

  /** Keeps the checked values (amounts exact) and whether the marketing rules apply. */
  public void keep(VariableScope variables) {
    CUSTOMER_NAME.keep(variables, customerName);
    PHONE.keep(variables, phone);
    ADDRESS.keep(variables, address);
    FLOOR_AREA.keep(variables, floorArea);
    PLANNED_DATE.keep(variables, plannedDate);
    ESTIMATED_AMOUNT.keep(variables, estimatedAmount);
    TRANSFER_SLIP_NO.keep(variables, transferSlipNo);
    CLAIMED_BY.keep(variables, claimedBy);
    FROM_MARKETING.set(variables, fromMarketing());
    HAS_TRANSFER_SLIP.set(variables, transferSlipNo != null);
  }

  public boolean fromMarketing() {
    return "marketing".equals(source);
  }
}
