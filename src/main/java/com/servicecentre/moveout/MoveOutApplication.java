package com.servicecentre.moveout;

import com.servicecentre.common.FormInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A move-out application (退房/迁出/退租) with the deposits and prepayments the office holds, in yuan. */
public record MoveOutApplication(
    String applicant,
    String unit,
    LocalDate moveOutDate,
    String reason,
    String refundAccount,
    BigDecimal renovationDeposit,
    BigDecimal leaseDeposit,
    BigDecimal prepaidFees) {

  /** 出售, 退租, 迁出, 其他. */
  public static final List<String> REASONS = List.of("sale", "lease-end", "relocation", "other");

  public static MoveOutApplication from(VariableScope variables) {
    FormInput in = new FormInput(variables);
    String applicant = in.text("applicant", "申请人");
    String unit = in.text("unit", "楼栋/房号");
    LocalDate moveOutDate = in.optionalDate("moveOutDate", "迁出日期");
    if (moveOutDate == null && in.optionalText("moveOutDate") == null) {
      in.problem("moveOutDate", "迁出日期", "必填");
    }
    String reason = in.oneOf("reason", "迁出原因", REASONS);
    String account = in.optionalText("refundAccount");
    BigDecimal renovation = orZero(in.optionalAmount("renovationDeposit", "装修押金(元)"));
    BigDecimal lease = orZero(in.optionalAmount("leaseDeposit", "租赁押金(元)"));
    BigDecimal prepaid = orZero(in.optionalAmount("prepaidFees", "预交物业费(元)"));
    MoveOutApplication application =
        new MoveOutApplication(applicant, unit, moveOutDate, reason, account, renovation, lease, prepaid);
    if (application.held().signum() > 0 && account == null) {
      in.problem("refundAccount", "退款账户", "有押金或预交款待退时必填");
    }
    in.check();
    return application;
  }

  /** Everything the office holds for the unit. */
  public BigDecimal held() {
    return renovationDeposit.add(leaseDeposit).add(prepaidFees);
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
