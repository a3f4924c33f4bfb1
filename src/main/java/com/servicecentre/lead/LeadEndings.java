package com.servicecentre.lead;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ways a lead ends without a contract (seed 001, 跑单), without the engine: the stage it was lost at and the
 * seed's reasons for each, with the words staff read. 无效单 before measurement (confirmed by the account manager's
 * return visit); 签单失败/死单 after it — before the quotation, after it, or a signed contract cancelled (退单) —
 * confirmed by the customer assistant's return visit; the design manager confirms every one.
 */
public final class LeadEndings {

  public static final String BEFORE_MEASUREMENT = "before-measurement";
  public static final String DESIGN = "design";
  public static final String QUOTATION = "quotation";
  public static final String AFTER_QUOTATION = "after-quotation";
  public static final String AFTER_SIGNING = "after-signing";

  /** The stage and how the register and the notice name it. */
  public static final Map<String, String> STAGES = ordered(
      BEFORE_MEASUREMENT, "量房前流失(无效单)",
      DESIGN, "量房后、报价前流失(设计方案阶段)",
      QUOTATION, "量房后、报价前流失(报价阶段)",
      AFTER_QUOTATION, "报价后签单失败",
      AFTER_SIGNING, "签单后退单");

  /** 客户留虚假信息无法取得联系, 客户个人原因不做装修打算, 合同造价低不纳入公司目标客户范围, 其他. */
  public static final Map<String, String> INVALID_REASONS = ordered(
      "false-information", "信息虚假/联系不上",
      "no-renovation-plan", "无装修计划",
      "budget-too-low", "合同额过低",
      "other", "其他");

  /** 价格原因, 服务原因, 技术原因, 竞争原因, 客户原因, 其他 — for every loss after measurement, a 退单 included. */
  public static final Map<String, String> LOST_REASONS = ordered(
      "price", "价格",
      "service", "服务",
      "technical", "技术",
      "competitor", "竞争对手",
      "customer", "客户原因",
      "other", "其他");

  private LeadEndings() {}

  public static String stageLabel(String stage) {
    return STAGES.getOrDefault(stage, stage);
  }

  public static String reasonLabel(String reason) {
    String label = LOST_REASONS.get(reason);
    return label != null ? label : INVALID_REASONS.getOrDefault(reason, reason);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
