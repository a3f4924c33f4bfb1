package com.servicecentre.complaint;

import static com.servicecentre.common.ProcessVariable.flag;
import static com.servicecentre.common.ProcessVariable.text;
import static com.servicecentre.common.ProcessVariable.time;

import com.servicecentre.common.ProcessVariable;
import java.util.Date;

/**
 * 投诉处理 (processes/complaint-handling.bpmn): its key, the steps the code names, and its variables, each declared
 * once. The case number, satisfaction and reopening are {@link com.servicecentre.common.CaseVariables}.
 */
public final class ComplaintProcess {

  public static final String KEY = "complaint-handling";
  public static final String CASE_PREFIX = "TS";

  /** The handling task the escalation timers are attached to. */
  public static final String HANDLE_COMPLAINT = "handleComplaint";
  /** The same-day investigation (调查核实), timed by step-time-limits. */
  public static final String INVESTIGATE_COMPLAINT = "investigateComplaint";

  // 投诉受理 (start form complaint-intake)
  public static final ProcessVariable<String> COMPLAINANT_NAME = text("complainantName");
  public static final ProcessVariable<String> UNIT = text("unit");
  public static final ProcessVariable<String> PHONE = text("phone");
  public static final ProcessVariable<String> CHANNEL = text("channel");
  public static final ProcessVariable<String> CATEGORY = text("category");
  public static final ProcessVariable<String> SEVERITY = text("severity");
  public static final ProcessVariable<String> DESCRIPTION = text("description");
  /** The complainant's own choice at intake: no reply wanted (不需要答复). Unticked, the complaint is answered. */
  public static final ProcessVariable<Boolean> REPLY_DECLINED = flag("replyDeclined");
  /** Whether a reply goes out: always, unless the complainant declined it or left no way to reach them. */
  public static final ProcessVariable<Boolean> REPLY_WANTED = flag("replyWanted");
  /** A complaint settled at intake is still visited when the complainant asks for it (要求回访). */
  public static final ProcessVariable<Boolean> RETURN_VISIT_WANTED = flag("returnVisitWanted");
  public static final ProcessVariable<Boolean> SETTLED_AT_INTAKE = flag("settledAtIntake");
  public static final ProcessVariable<String> INTAKE_RESOLUTION = text("intakeResolution");
  /**
   * Who took the complaint: the login that started the case (camunda:initiator). 首问责任制: they own it until it
   * closes, as the owner of each of its tasks (Tasklist filter 我受理的投诉), told of each step, and they reply.
   */
  public static final ProcessVariable<String> RECEIVED_BY = text("receivedBy");
  /** Where the reply goes, and how: an SMS to the phone, else a written notice to the unit. */
  public static final ProcessVariable<String> COMPLAINANT_CONTACT = text("complainantContact");
  public static final ProcessVariable<String> COMPLAINANT_CHANNEL = text("complainantChannel");

  // 建议部门与时限 (complaint-routing)
  /** The department the table proposes ("undecided": none); the supervisor confirms or changes it. */
  public static final ProcessVariable<String> PROPOSED_GROUP = text("proposedGroup");
  /** The department that handles the complaint, as the supervisor decided (prefilled with the proposal). */
  public static final ProcessVariable<String> RESPONSIBLE_GROUP = text("responsibleGroup");
  /** Who makes the return visit, by severity: customer-service, or the person in charge (cs-supervisor, office-manager). */
  public static final ProcessVariable<String> VISIT_BY = text("visitBy");
  /** The working calendar the limits are counted on, and the limits as the table wrote them (e.g. 2工作小时). */
  public static final ProcessVariable<String> CALENDAR = text("calendar");
  public static final ProcessVariable<String> RESPONSE_LIMIT = text("responseLimit");
  public static final ProcessVariable<String> RESOLUTION_LIMIT = text("resolutionLimit");
  public static final ProcessVariable<String> REPLY_LIMIT = text("replyLimit");
  public static final ProcessVariable<String> RETURN_VISIT_LIMIT = text("returnVisitLimit");
  public static final ProcessVariable<Boolean> IMPORTANT_EVENT = flag("importantEvent");

  // 调查核实 (form complaint-investigate) and the supervisor's decision (form complaint-decide-department)
  public static final ProcessVariable<String> FINDINGS = text("findings");
  public static final ProcessVariable<String> SUGGESTED_FIX = text("suggestedFix");
  /** The fix the supervisor decided (处理方案). */
  public static final ProcessVariable<String> PROPOSED_FIX = text("proposedFix");
  public static final ProcessVariable<String> DECIDED_BY = text("decidedBy");

  // 调查处理 (form complaint-handle)
  public static final ProcessVariable<String> CAUSE = text("cause");
  public static final ProcessVariable<String> ACTIONS = text("actions");
  public static final ProcessVariable<String> RESULT = text("result");
  public static final ProcessVariable<String> HANDLER = text("handler");
  public static final ProcessVariable<Date> HANDLING_DUE = time("handlingDue");

  // 督办
  /** Input parameter of an escalation step: the group that joins the handling task. */
  public static final ProcessVariable<String> ESCALATE_TO = text("escalateTo");
  public static final ProcessVariable<String> ESCALATION = text("escalation");

  private ComplaintProcess() {}
}
