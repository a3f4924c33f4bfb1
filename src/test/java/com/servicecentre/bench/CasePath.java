package com.servicecentre.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * One path through one process: its start variables (numbered per case where the process needs them unique) and,
 * for every user task it reaches, who works on it and what that task's form submits. Inputs as the process tests
 * under src/test/java/com/servicecentre/&lt;process&gt;/ use them.
 */
record CasePath(String name, String processKey, String startedBy, IntFunction<Map<String, Object>> startVariables,
    Map<String, Step> steps) {

  /** {@code user} claims the task and, when {@code loggedIn}, completes it logged in (the form needs the login). */
  record Step(String user, boolean loggedIn, Map<String, Object> variables) {}


  static Step step(String user, Object... keyValues) {
    return new Step(user, false, map(keyValues));
  }

  static Step loggedIn(String user, Object... keyValues) {
    return new Step(user, true, map(keyValues));
  }

  static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  static List<CasePath> all() {
    return List.of(complaintShort(), complaintTypical(), repairShort(), repairTypical(), moveOutShort(),
        moveOutTypical(), leadShort(), leadTypical());
  }

  private static Map<String, Object> complaint(String category, boolean settled) {
    Map<String, Object> vars = map("complainantName", "刘女士", "unit", "5栋2单元701", "phone", "13900001111",
        "channel", "phone", "category", category, "severity", "normal", "description", "楼上夜间装修噪音",
        "receivedBy", "zhangwei");
    if (settled) {
      vars.put("settledAtIntake", true);
      vars.put("intakeResolution", "当场解释物业费构成，业主认可");
      vars.put("returnVisitWanted", true);
    }
    return vars;
  }

  /** Settled at intake, the complainant asks for a return visit: 1 task. */
  static CasePath complaintShort() {
    return new CasePath("complaint-short", "complaint-handling", null, n -> complaint("fees", true),
        Map.of("returnVisit", step("zhangwei", "satisfied", true)));
  }

  /** Investigated, decided, handled, replied, visited: 5 tasks. */
  static CasePath complaintTypical() {
    return new CasePath("complaint-typical", "complaint-handling", null, n -> complaint("noise", false), Map.of(
        "investigateComplaint", step("zhangwei", "findings", "经核实属实", "suggestedFix", "上门劝导"),
        "decideDepartment", step("wangfang", "responsibleGroup", "customer-service", "proposedFix", "上门劝导，限期整改"),
        "handleComplaint", step("lina", "cause", "装修超时", "actions", "上门劝导", "result", "已停止夜间施工"),
        "replyToComplainant", step("zhangwei", "replyMethod", "phone", "replyText", "已约谈楼上住户，晚十点后停止装修"),
        "returnVisit", step("zhangwei", "satisfied", true)));
  }

  private static Map<String, Object> repair(boolean inHome, String trade, String size) {
    Map<String, Object> vars = map("reporter", "王先生", "areaType", inHome ? "in-home" : "public-area",
        "trade", trade, "repairSize", size, "urgency", "normal", "underWarranty", false, "description", "漏水");
    vars.put(inHome ? "unit" : "location", inHome ? "5栋2单元701" : "3栋地下车库");
    return vars;
  }

  /** A free public-area repair by the in-house team: dispatch, arrival, repair, visit, sign-off (5 tasks). */
  static CasePath repairShort() {
    return new CasePath("repair-short", "repair-dispatch", null, n -> repair(false, "drain", "medium"), Map.of(
        "dispatchTechnician", step("yangming", "technician", "liuqiang"),
        "confirmArrival", step("liuqiang"),
        "repairOnSite", step("liuqiang", "repairResult", "fixed", "workDone", "更换水龙头", "materials", "水龙头1个",
            "labourHours", 0.5),
        "returnVisit", step("zhangwei", "satisfied", true),
        "signOffReturnVisit", step("hezhi")));
  }

  /** A chargeable in-home repair: as above plus the owner's confirmation of the charge (6 tasks). */
  static CasePath repairTypical() {
    return new CasePath("repair-typical", "repair-dispatch", null, n -> repair(true, "plumbing-electrical", "minor"),
        Map.of(
            "dispatchTechnician", step("yangming", "technician", "liuqiang"),
            "confirmArrival", step("liuqiang"),
            "repairOnSite", step("liuqiang", "repairResult", "fixed", "workDone", "更换水龙头",
                "chargeService", "tap-replace", "chargeQuantity", 2),
            "confirmCharge", step("zhangwei", "ownerConfirmed", true),
            "returnVisit", step("zhangwei", "satisfied", true),
            "signOffReturnVisit", step("hezhi")));
  }

  private static Map<String, Object> moveOut(int n, double renovation, double lease) {
    return map("applicant", "赵先生", "unit", "99栋" + n + "室", "moveOutDate", "2026-12-01", "reason", "lease-end",
        "refundAccount", "工商银行 6222 0000 1111", "renovationDeposit", renovation, "leaseDeposit", lease,
        "prepaidFees", 0.10);
  }

  private static Map<String, Step> moveOutSteps() {
    return Map.of(
        "checkSettlement", step("zhaomin"),
        "inspectPremises", step("liuqiang", "repairNeeded", false, "damageCost", 0.2),
        "approveRefund", step("wangfang", "approved", true),
        "payRefund", step("zhaomin", "paymentReference", "PZ-001"));
  }

  /** A small refund: settlement, inspection, one approval, payment (4 tasks). */
  static CasePath moveOutShort() {
    return new CasePath("move-out-short", "move-out-refund", null,
        n -> moveOut(n, 1000, 500), moveOutSteps());
  }

  /** 5,000 yuan: two approval levels (5 tasks); the office manager approves the second. */
  static CasePath moveOutTypical() {
    Map<String, Step> steps = new HashMap<>(moveOutSteps());
    // The same task id twice on this path: the supervisor, then the office manager (both unauthenticated).
    steps.put("approveRefund", step("huangjun", "approved", true));
    return new CasePath("move-out-typical", "move-out-refund", null,
        n -> moveOut(n, 5000, 0), steps);
  }

  private static Map<String, Object> lead(int n) {
    return map("customerName", "陈先生", "phone", String.format("1357%07d", n), "address", "锦绣花园3栋1202",
        "floorArea", 96.5, "plannedDate", "2026-09-01", "estimatedAmount", 20000.0, "source", "phone");
  }

  /** Not measured: attribution, measurement fails, return visit, confirmed invalid (4 tasks). */
  static CasePath leadShort() {
    return new CasePath("lead-short", "lead-to-order", null, n -> lead(n), Map.of(
        "confirmAttribution", step("zhouli", "leadOwner", "zhouli", "attributionBasis", "first-contact"),
        "decideOverCapDispatch", step("xuting", "designer", "hulin", "forcedReason", "本周单多"),
        "measureHome", step(null, "measured", false, "measureNotes", "电话空号"),
        "returnVisitInvalidLead", step("zhouli", "lossReason", "false-information", "outcomeNotes", "回访电话为空号"),
        "confirmInvalidLead", step("xuting", "lossConfirmed", true)));
  }

  /** Signed: attribution, measurement, design, quotation, return visit (signed), hand-over (6 tasks). */
  static CasePath leadTypical() {
    return new CasePath("lead-typical", "lead-to-order", null, n -> lead(n), Map.of(
        "confirmAttribution", step("zhouli", "leadOwner", "zhouli", "attributionBasis", "first-contact"),
        "decideOverCapDispatch", step("xuting", "designer", "hulin", "forcedReason", "本周单多"),
        "measureHome", step(null, "measured", true, "measuredOn", "2026-07-16"),
        "prepareDesignProposal", step(null, "proposalDate", "2026-07-20"),
        "prepareQuotation", step(null, "quotationDate", "2026-07-22", "quotedAmount", 26000),
        "returnVisitAfterQuotation", loggedIn("zhouli", "leadOutcome", "signed", "contractAmount", 23500.5),
        "handOverSignedOrder", step("zhouli", "orderCancelled", false)));
  }
}
