package com.servicecentre.lead;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 提成, without the engine: who earns what for one signed order (seed 001). The account manager who followed the
 * lead to the signing earns the order's commission; the front desk (前台) that took a walk-in or phone lead earns
 * its share; a marketing lead credits its salesperson only with a transfer slip both managers signed (无传递单…不列入
 * 工作业绩，不做提成) — a missing slip takes only that credit away, not the others'.
 */
public final class Commission {

  public static final String ACCOUNT_MANAGER = "account-manager";
  public static final String RECEPTIONIST = "receptionist";
  public static final String MARKETING = "marketing";

  /** A line as signing earned it, and the line that takes it back when the signed order is cancelled (退单). */
  public static final String EARNED = "earned";
  public static final String REVERSAL = "reversal";

  private static final Map<String, String> TAKEN_AT_THE_DESK = Map.of("walk-in", "上门", "phone", "来电");

  /** The amount each role earns per signed order (configuration: service-centre.lead.commission.*). */
  public record Rates(BigDecimal accountManager, BigDecimal receptionist, BigDecimal marketing) {}

  /**
   * What decides the lines: the lead's source, whether it came from marketing with a slip both managers signed,
   * its owner (the salesperson, for marketing), the account manager who followed it and the receptionist who
   * took it (null when it was not a receptionist).
   */
  public record SignedLead(String source, boolean fromMarketing, boolean slipSigned, String leadOwner,
      String accountManager, String receptionist, boolean privateDesignerContact) {

    /** A lead the account manager did not find privately taken to a designer. */
    public SignedLead(String source, boolean fromMarketing, boolean slipSigned, String leadOwner,
        String accountManager, String receptionist) {
      this(source, fromMarketing, slipSigned, leadOwner, accountManager, receptionist, false);
    }
  }

  /** One commission line: to whom, in which role, how much and why. */
  public record Line(String role, String beneficiary, BigDecimal amount, String reason) {}

  private Commission() {}

  public static List<Line> lines(SignedLead lead, Rates rates) {
    List<Line> lines = new ArrayList<>();
    if (lead.accountManager() != null) {
      lines.add(new Line(ACCOUNT_MANAGER, lead.accountManager(), rates.accountManager(), "客户经理跟进至签单"));
    }
    String atTheDesk = TAKEN_AT_THE_DESK.get(lead.source());
    if (lead.receptionist() != null && atTheDesk != null) {
      lines.add(new Line(RECEPTIONIST, lead.receptionist(), rates.receptionist(), "前台接待" + atTheDesk + "客户"));
    }
    // 未经客户经理派单而私自与设计师联系的，取消该单提成: the salesperson who went round the account manager loses
    // this order's credit; the others' lines do not depend on it.
    if (marketingCredited(lead.fromMarketing(), lead.slipSigned(), lead.privateDesignerContact())
        && lead.leadOwner() != null) {
      lines.add(new Line(MARKETING, lead.leadOwner(), rates.marketing(), "市场部来单，传递单经两位经理签字"));
    }
    return lines;
  }

  /**
   * The line that cancels an earned one when the customer cancels the signed contract: same person and role, the
   * amount negative, the reason saying what it reverses. Reversed, not deleted: the earned line may have been paid.
   */
  public static Line reversal(Line earned) {
    return new Line(earned.role(), earned.beneficiary(), earned.amount().negate(), "退单冲销：" + earned.reason());
  }

  /** Whether the salesperson of a marketing lead is credited (a lead not from marketing has nobody to credit). */
  public static boolean marketingCredited(boolean fromMarketing, boolean slipSigned) {
    return marketingCredited(fromMarketing, slipSigned, false);
  }

  /** ...and not lost to a private contact with a designer behind the account manager's back. */
  public static boolean marketingCredited(boolean fromMarketing, boolean slipSigned, boolean privateDesignerContact) {
    return fromMarketing && slipSigned && !privateDesignerContact;
  }
}
