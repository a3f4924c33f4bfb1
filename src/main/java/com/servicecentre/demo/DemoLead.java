package com.servicecentre.demo;

import com.servicecentre.demo.DemoHistory.TaskView;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * A lead of the shop: walk-in and phone customers entered by the front desk, marketing leads (most with a transfer
 * slip) by the salesperson, referrals by the account manager; small, medium and large orders; some duplicates of an
 * earlier customer (merged or not). It ends signed (a few cancelled at the hand-over), lost with a reason at the
 * proposal, the quotation or the return visit, or invalid before measurement.
 */
final class DemoLead extends DemoCase {

  private static final List<String> NAMES = List.of("陈先生", "林女士", "黄先生", "郑女士", "何先生", "罗女士",
      "梁先生", "谢女士");
  private static final List<String> ADDRESSES = List.of("锦绣花园3栋1202", "翠湖花园1栋502", "科技园公寓B座1806",
      "南山名苑6栋301", "海岸城2栋1501", "蔚蓝海岸4期7栋902");
  private static final List<String> INVALID = List.of("false-information", "no-renovation-plan", "budget-too-low",
      "other");
  private static final List<String> LOST = List.of("price", "service", "technical", "competitor", "customer",
      "other");

  /** How the lead ends. */
  enum Ending { SIGNED, CANCELLED, INVALID, LOST_AT_PROPOSAL, LOST_AT_QUOTATION, LOST_AT_VISIT }

  private final String source;
  private final double amount;
  private final String phone;
  private final boolean duplicateMerged;
  private final boolean duplicate;
  private final Ending ending;
  private final String reason;
  private final boolean confirmationSentBack;
  private int confirmations;

  DemoLead(String office, String starter, String source, Random random,
      BiFunction<String, String, List<String>> members, String phone, boolean duplicate) {
    super("lead-to-order", office, starter, random, members);
    this.source = source;
    double size = random.nextDouble();
    this.amount = size < 0.6 ? yuan(6000, 30000) : size < 0.85 ? yuan(30001, 49999) : yuan(50000, 150000);
    this.phone = phone;
    this.duplicate = duplicate;
    this.duplicateMerged = duplicate && chance(0.7);
    double e = random.nextDouble();
    this.ending = e < 0.45 ? Ending.SIGNED : e < 0.5 ? Ending.CANCELLED : e < 0.62 ? Ending.INVALID
        : e < 0.72 ? Ending.LOST_AT_PROPOSAL : e < 0.8 ? Ending.LOST_AT_QUOTATION : Ending.LOST_AT_VISIT;
    this.reason = ending == Ending.INVALID ? pick(INVALID) : pick(LOST);
    this.confirmationSentBack = chance(0.1);
  }

  @Override
  Map<String, Object> startVariables(LocalDateTime now) {
    Map<String, Object> vars = map("customerName", pick(NAMES), "phone", phone, "address", pick(ADDRESSES),
        "floorArea", (double) (60 + random.nextInt(120)), "plannedDate",
        now.toLocalDate().plusDays(20 + random.nextInt(60)).toString(), "estimatedAmount", amount,
        "source", source);
    if (source.equals("marketing") && chance(0.7)) {
      vars.put("transferSlipNo", "CD-" + now.getYear() + "-" + (100 + random.nextInt(900)));
    }
    return vars;
  }

  @Override
  List<Map<String, Object>> formFor(String taskKey, TaskView task) {
    return switch (taskKey) {
      case "reviewDuplicateLead" -> List.of(map("isDuplicate", duplicateMerged));
      case "confirmAttribution" -> {
        List<String> owners = task.choices("leadOwners");
        String owner = owners.contains(starter) ? starter : owners.contains(task.user) ? task.user : pick(owners);
        Map<String, Object> vars = map("leadOwner", owner, "attributionBasis",
            pick(List.of("first-contact", "first-visit", "named-by-customer")));
        if (source.equals("marketing") && chance(0.5)) {
          List<String> designers = task.choices("designers");
          if (!designers.isEmpty()) {
            vars.put("preferredDesigner", pick(designers));
          }
        }
        yield List.of(vars);
      }
      case "signSlipAsMarketingManager", "signSlipAsShopManager" -> List.of(map("slipApproved", chance(0.9)));
      case "forceAssignDesigner" -> {
        // The account manager forces the order on the least loaded designer still under the hard caps; when the
        // grade filled up meanwhile, the customer waits for the next day.
        List<String> offered = task.choices("gradeDesigners");
        List<String> possible = task.designersUnderHardCaps((String) task.variable("designerGroup")).stream()
            .filter(offered::contains).toList();
        tryAgainLater = possible.isEmpty();
        yield possible.stream().map(d -> map("designer", d, "forcedReason", "本级设计师均满额，按客户时间安排"))
            .toList();
      }
      case "decideOverCapDispatch" -> {
        List<String> designers = new ArrayList<>(task.choices("gradeDesigners"));
        Collections.shuffle(designers, random);
        yield designers.stream().map(d -> map("designer", d, "forcedReason", "客户当天必须量房，特批超上限派单"))
            .toList();
      }
      case "measureHome" -> List.of(ending == Ending.INVALID
          ? map("measured", false, "measureNotes", pick(List.of("电话空号", "客户称暂不装修", "预约三次未到")))
          : map("measured", true, "measuredOn", task.today().toString()));
      case "returnVisitInvalidLead" -> List.of(map("lossReason", reason, "outcomeNotes", "回访确认：" + reason));
      case "prepareDesignProposal" -> List.of(ending == Ending.LOST_AT_PROPOSAL
          ? map("customerLost", true, "proposalNotes", "客户已找别家")
          : map("proposalDate", task.today().toString()));
      case "prepareQuotation" -> List.of(ending == Ending.LOST_AT_QUOTATION
          ? map("customerLost", true)
          : map("quotationDate", task.today().toString(), "quotedAmount", Math.round(amount * 1.1)));
      case "returnVisitAfterQuotation" -> List.of(ending == Ending.SIGNED || ending == Ending.CANCELLED
          ? map("leadOutcome", "signed", "contractAmount", yuan(amount * 0.9, amount * 1.15))
          : map("leadOutcome", "lost", "lossReason", reason, "outcomeNotes", "客户回复暂不签约"));
      case "returnVisitLostOrder" -> List.of(map("lossReason", reason, "outcomeNotes", "客户助理回访确认"));
      case "confirmInvalidLead", "confirmLostOrder" -> {
        // Now and then the design manager doubts it once and sends the lead back to the step it left.
        boolean confirmed = !(confirmationSentBack && confirmations++ == 0) || ending == Ending.INVALID;
        List<String> reasons = task.choices("lossReasons");
        yield List.of(map("lossConfirmed", confirmed, "lossReason", reasons.contains(reason) ? reason
            : reasons.isEmpty() ? reason : reasons.get(0)));
      }
      case "handOverSignedOrder" -> List.of(ending == Ending.CANCELLED && confirmations == 0
          ? map("orderCancelled", true, "outcomeNotes", "客户来电退单")
          : map("orderCancelled", false));
      default -> List.of();
    };
  }

  boolean duplicate() {
    return duplicate;
  }
}
