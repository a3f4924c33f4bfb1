package com.servicecentre.repair;

import static com.servicecentre.common.ProcessVariable.day;
import static com.servicecentre.common.ProcessVariable.decimal;
import static com.servicecentre.common.ProcessVariable.flag;
import static com.servicecentre.common.ProcessVariable.money;
import static com.servicecentre.common.ProcessVariable.text;
import static com.servicecentre.common.ProcessVariable.time;

import com.servicecentre.common.ProcessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

/**
 * 报修派工 (processes/repair-dispatch.bpmn): its key and its variables, each declared once. The case number,
 * satisfaction and reopening are {@link com.servicecentre.common.CaseVariables}.
 */
public final class RepairProcess {

  public static final String KEY = "repair-dispatch";
  public static final String CASE_PREFIX = "BX";

  // 报修 (start form repair-report)
  public static final ProcessVariable<String> REPORTER = text("reporter");
  public static final ProcessVariable<String> AREA_TYPE = text("areaType");
  public static final ProcessVariable<String> UNIT = text("unit");
  public static final ProcessVariable<String> LOCATION = text("location");
  public static final ProcessVariable<String> PHONE = text("phone");
  public static final ProcessVariable<String> TRADE = text("trade");
  public static final ProcessVariable<String> REPAIR_SIZE = text("repairSize");
  public static final ProcessVariable<String> URGENCY = text("urgency");
  public static final ProcessVariable<Boolean> UNDER_WARRANTY = flag("underWarranty");
  public static final ProcessVariable<String> DESCRIPTION = text("description");
  public static final ProcessVariable<LocalDate> PREFERRED_VISIT_DATE = day("preferredVisitDate");
  /** Where the job is: the unit for a home, the location for a public area. */
  public static final ProcessVariable<String> PLACE = text("place");

  // 定班组、时限与收费 (repair-dispatch-rules)
  public static final ProcessVariable<String> TEAM = text("team");
  /** The working calendar the job's limits are counted on, and the limits as the table wrote them. */
  public static final ProcessVariable<String> CALENDAR = text("calendar");
  public static final ProcessVariable<String> ARRIVAL_LIMIT = text("arrivalLimit");
  public static final ProcessVariable<String> COMPLETION_LIMIT = text("completionLimit");
  /** The outside company's contract limit and its calendar (lifts, door access); none for in-house jobs. */
  public static final ProcessVariable<String> VENDOR_CALENDAR = text("vendorCalendar");
  public static final ProcessVariable<String> VENDOR_LIMIT = text("vendorLimit");
  /** How the outside company is chased after its limit, as the table writes it (R12/PT2H), and the timer's cycle. */
  public static final ProcessVariable<String> VENDOR_CHASE_CYCLE = text("vendorChaseCycle");
  public static final ProcessVariable<String> VENDOR_CHASE = text("vendorChase");
  public static final ProcessVariable<Boolean> CHARGEABLE = flag("chargeable");

  /**
   * Where the arrival and completion limits count from: the report (the case's start), or the reopening of a
   * reopened job; not the dispatch, so the wait for a dispatcher counts. The completion due date moves by the
   * working time the job waited.
   */
  public static final ProcessVariable<Date> LIMITS_FROM = time("limitsFrom");

  // 派工
  public static final ProcessVariable<String> TECHNICIAN = text("technician");
  /** When the job was dispatched: an outside company's contract limit counts from here. */
  public static final ProcessVariable<Date> DISPATCHED_AT = time("dispatchedAt");
  public static final ProcessVariable<Date> ARRIVAL_DUE = time("arrivalDue");
  public static final ProcessVariable<Date> ARRIVAL_WARNING_AT = time("arrivalWarningAt");
  public static final ProcessVariable<Date> COMPLETION_DUE = time("completionDue");
  public static final ProcessVariable<Date> COMPLETION_WARNING_AT = time("completionWarningAt");
  public static final ProcessVariable<Date> VENDOR_DUE = time("vendorDue");
  public static final ProcessVariable<Date> VENDOR_WARNING_AT = time("vendorWarningAt");

  // 现场维修 (form repair-work; the outside company's report: repair-outsourced-report)
  public static final ProcessVariable<String> REPAIR_RESULT = text("repairResult");
  public static final ProcessVariable<String> WAIT_REASON = text("waitReason");
  public static final ProcessVariable<LocalDate> FOLLOW_UP_DATE = day("followUpDate");
  public static final ProcessVariable<Date> FOLLOW_UP_AT = time("followUpAt");
  /** Since when the job waits (its service-level clock stopped), until the follow-up date. */
  public static final ProcessVariable<Date> WAITING_SINCE = time("waitingSince");
  public static final ProcessVariable<String> WORK_DONE = text("workDone");
  public static final ProcessVariable<String> MATERIALS = text("materials");
  public static final ProcessVariable<BigDecimal> LABOUR_HOURS = decimal("labourHours");

  // 有偿服务 (chosen in repair-work or repair-outsourced-report from the price list repair-price-list)
  public static final ProcessVariable<String> CHARGE_SERVICE = text("chargeService");
  public static final ProcessVariable<BigDecimal> CHARGE_QUANTITY = decimal("chargeQuantity");
  public static final ProcessVariable<String> SERVICE_LABEL = text("serviceLabel");
  public static final ProcessVariable<BigDecimal> UNIT_PRICE = money("unitPrice");
  public static final ProcessVariable<String> PRICE_UNIT = text("priceUnit");
  public static final ProcessVariable<Boolean> PER_QUANTITY = flag("perQuantity");

  // 收费 (form repair-charge): the fee is computed from the price list, never typed
  public static final ProcessVariable<BigDecimal> FEE = money("fee");
  public static final ProcessVariable<Boolean> OWNER_CONFIRMED = flag("ownerConfirmed");

  /** Where the limits count from; a job started before limits counted from the report counts from its dispatch. */
  static java.time.Instant limitsFrom(org.camunda.bpm.engine.delegate.VariableScope scope) {
    Date from = LIMITS_FROM.from(scope);
    if (from == null) {
      from = DISPATCHED_AT.from(scope);
    }
    return from == null ? com.servicecentre.common.EngineClock.instant() : from.toInstant();
  }

  private RepairProcess() {}
}
