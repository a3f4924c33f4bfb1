package com.servicecentre.moveout;

import static com.servicecentre.moveout.MoveOutProcess.APPLICANT;
import static com.servicecentre.moveout.MoveOutProcess.DEPOSITS_HELD;
import static com.servicecentre.moveout.MoveOutProcess.LEASE_DEPOSIT;
import static com.servicecentre.moveout.MoveOutProcess.MOVE_OUT_DATE;
import static com.servicecentre.moveout.MoveOutProcess.PREPAID_FEES;
import static com.servicecentre.moveout.MoveOutProcess.REASON;
import static com.servicecentre.moveout.MoveOutProcess.REFUND_ACCOUNT;
import static com.servicecentre.moveout.MoveOutProcess.RENOVATION_DEPOSIT;
import static com.servicecentre.moveout.MoveOutProcess.UNIT;

import com.servicecentre.common.FormInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

  /** The application as entered: every problem named at once. */
  public static MoveOutApplication from(VariableScope variables) {
    FormInput in = new FormInput(variables);
    String applicant = in.text(APPLICANT.name(), "申请人");
    String unit = in.text(UNIT.name(), "楼栋/房号");
    LocalDate moveOutDate = in.optionalDate(MOVE_OUT_DATE.name(), "迁出日期");
    if (moveOutDate == null && in.optionalText(MOVE_OUT_DATE.name()) == null) {
      in.problem(MOVE_OUT_DATE.name(), "迁出日期", "必填");
    }
    String reason = in.oneOf(REASON.name(), "迁出原因", REASONS);
    String account = in.optionalText(REFUND_ACCOUNT.name());
    BigDecimal renovation = yuan(in.optionalAmount(RENOVATION_DEPOSIT.name(), "装修押金(元)"));
    BigDecimal lease = yuan(in.optionalAmount(LEASE_DEPOSIT.name(), "租赁押金(元)"));
    BigDecimal prepaid = yuan(in.optionalAmount(PREPAID_FEES.name(), "预交物业费(元)"));
    MoveOutApplication application =
        new MoveOutApplication(applicant, unit, moveOutDate, reason, account, renovation, lease, prepaid);
    if (application.held().signum() > 0 && account == null) {
      in.problem(REFUND_ACCOUNT.name(), "退款账户", "有押金或预交款待退时必填");
    }
    in.check();
    return application;
  }

  /** The application as {@link #keep} left it on the case. */
  public static MoveOutApplication kept(VariableScope variables) {
    return new MoveOutApplication(APPLICANT.get(variables), UNIT.get(variables), MOVE_OUT_DATE.get(variables),
        REASON.get(variables), REFUND_ACCOUNT.from(variables), RENOVATION_DEPOSIT.get(variables),
        LEASE_DEPOSIT.get(variables), PREPAID_FEES.get(variables));
  }

  /** Keeps the checked values, amounts as exact yuan, and what the office holds. */
  public void keep(VariableScope variables) {
    APPLICANT.keep(variables, applicant);
    UNIT.keep(variables, unit);
    MOVE_OUT_DATE.keep(variables, moveOutDate);
    REFUND_ACCOUNT.keep(variables, refundAccount);
    RENOVATION_DEPOSIT.keep(variables, renovationDeposit);
    LEASE_DEPOSIT.keep(variables, leaseDeposit);
    PREPAID_FEES.keep(variables, prepaidFees);
    DEPOSITS_HELD.set(variables, held());
  }

  /** Everything the office holds for the unit. */
  public BigDecimal held() {
    return renovationDeposit.add(leaseDeposit).add(prepaidFees);
  }

  /** 5 → 5.00; an amount with more decimals was refused already and is left for that refusal. */
  private static BigDecimal yuan(BigDecimal amount) {
    if (amount == null) {
      return BigDecimal.ZERO.setScale(2);
    }
    return amount.stripTrailingZeros().scale() > 2 ? amount : amount.setScale(2, RoundingMode.UNNECESSARY);
  }
}
