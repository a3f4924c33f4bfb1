package com.servicecentre.demo;

import com.servicecentre.demo.DemoHistory.TaskView;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * A move-out: deposits and prepayments of every size (so one, two or three approval levels), the settlement
 * checked by finance, the inspection with or without damages, approvals mostly granted and sometimes rejected once
 * (customer service revises, the approvals start again), then the payment.
 */
final class DemoMoveOut extends DemoCase {

  private static final List<String> NAMES = List.of("赵先生", "钱女士", "孙先生", "李女士", "周先生", "吴女士");

  private final String unit;
  private final double renovationDeposit;
  private final double leaseDeposit;
  private final double prepaidFees;
  private final double damageCost;
  private final boolean rejectedOnce;
  private int decisions;

  DemoMoveOut(String office, String starter, Random random, BiFunction<String, String, List<String>> members,
      List<String> units) {
    super("move-out-refund", office, starter, random, members);
    this.unit = pick(units);
    double size = random.nextDouble();
    // Most refunds below 2,000 (supervisor), many from 2,000 (office manager too), a few from 10,000 (finance
    // manager too).
    this.renovationDeposit = size < 0.5 ? pick(List.of(0.0, 500.0, 1000.0)) : size < 0.9 ? 3000.0 : 10000.0;
    this.leaseDeposit = chance(0.4) ? pick(List.of(500.0, 1000.0, 2000.0)) : 0.0;
    this.prepaidFees = chance(0.6) ? yuan(50, 900) : 0.0;
    this.damageCost = chance(0.3) ? yuan(50, 400) : 0.0;
    this.rejectedOnce = chance(0.12);
  }

  @Override
  Map<String, Object> startVariables(LocalDateTime now) {
    Map<String, Object> vars = map("applicant", pick(NAMES), "unit", unit,
        "moveOutDate", now.toLocalDate().plusDays(3 + random.nextInt(15)).toString(),
        "reason", pick(List.of("sale", "lease-end", "lease-end", "relocation", "other")),
        "refundAccount", "工商银行 6222 " + String.format("%04d %04d", random.nextInt(10000), random.nextInt(10000)));
    if (renovationDeposit > 0) {
      vars.put("renovationDeposit", renovationDeposit);
    }
    if (leaseDeposit > 0) {
      vars.put("leaseDeposit", leaseDeposit);
    }
    // Something is always held, so there is a refund (or a balance) to settle.
    vars.put("prepaidFees", prepaidFees > 0 || renovationDeposit + leaseDeposit == 0 ? Math.max(prepaidFees, 120.5)
        : 0.0);
    return vars;
  }

  @Override
  List<Map<String, Object>> formFor(String taskKey, TaskView task) {
    return switch (taskKey) {
      case "checkSettlement" -> List.of(map("settlementNotes", "已核对欠费与押金"));
      case "inspectPremises" -> List.of(damageCost > 0
          ? map("repairNeeded", false, "damages", "墙面污损、门吸缺失", "damageCost", damageCost)
          : map("repairNeeded", false, "damageCost", 0.0));
      case "approveRefund" -> List.of(rejectedOnce && decisions++ == 0
          ? map("approved", false, "rejectionReason", "扣款依据不足，请补充查验照片并核实金额")
          : map("approved", true));
      case "reviseRefundApplication" -> List.of(map("revisionNotes", "已补充查验照片，扣款金额核实无误"));
      case "payRefund" -> List.of(map("paymentReference", "PZ-" + (10000 + random.nextInt(90000))));
      case "collectBalance" -> {
        // The applicant pays the balance the settlement left (arrears above what was held), to the cent.
        Object balance = task.variable("balanceDue");
        yield balance instanceof Number owed ? List.of(map("amountReceived", owed.doubleValue(),
            "paymentReference", "SK-" + (10000 + random.nextInt(90000)))) : List.of();
      }
      default -> List.of();
    };
  }
}
