package com.servicecentre.lead;

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

  /** Sources as in seed 001: walk-in, phone, marketing's residential-area calls (小区电话资料), staff referral. */
  public static final List<String> SOURCES = List.of("walk-in", "phone", "marketing", "referral");

  public static Lead from(VariableScope variables) {
    FormInput in = new FormInput(variables);
    Lead lead = new Lead(
        in.text("customerName", "客户姓名"),
        in.phone("phone", "电话"),
        in.text("address", "装修地址"),
        in.optionalPositiveNumber("floorArea", "面积(平方米)"),
        in.optionalDate("plannedDate", "计划装修时间"),
        in.amount("estimatedAmount", "预估金额(元)"),
        in.oneOf("source", "来源", SOURCES),
        in.text("claimedBy", "接单人"),
        in.optionalText("transferSlipNo"));
    in.check();
    return lead;
  }

  public boolean fromMarketing() {
    return "marketing".equals(source);
  }
}
