package com.servicecentre.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.servicecentre.notification.NotificationDeliveries;
import java.util.List;

/**
 * Everything the history holds about one case, in the order it happened. Times are ISO-8601 with the server's
 * offset; values are shown as the engine stored them (objects by their type only). {@code notifications}: every
 * message the case wrote, to whom, through which channel and address, and whether it was sent or failed.
 * {@code handovers}: every time a task changed hands outside its process's own steps — a department head's
 * reassignment with the reason written, or an absence (请假/出差) that took it to a deputy or the group and back.
 */
public record CaseAuditTrail(
    @JsonProperty("case") CaseSummary caseSummary,
    List<ActivityEntry> activities,
    List<TaskEntry> tasks,
    List<VariableChange> variableChanges,
    List<DecisionEntry> decisions,
    List<OperationEntry> operations,
    List<NotificationDeliveries.Delivery> notifications, List<Person> people, List<HandoverEntry> handovers) {

  /** {@code startedByName}: the starter as staff know them (张伟), beside the login. */
  public record CaseSummary(String businessKey, String processInstanceId, String processDefinitionKey,
      String processName, Integer processVersion, String state, String startTime, String endTime,
      String startedBy, String startedByName, String endReason, String superProcessInstanceId, String office,
      String officeName) {}

  /** Every login the trail names, with the person's name (family name first), for reading the trail by name. */
  public record Person(String userId, String name) {}

  public record ActivityEntry(String startTime, String endTime, String activityId, String activityName,
      String activityType, String assignee, boolean canceled, String calledProcessInstanceId) {}

  /** {@code late}: completed after its due date, or still open past it. */
  public record TaskEntry(String taskId, String taskDefinitionKey, String name, List<String> candidateGroups,
      String assignee, String assignedBy, String created, String claimed, String completed, String ended,
      String endReason, String due, boolean late) {}

  /**
   * {@code changedBy}: the person whose action made the change (see {@link AuditTrails}); empty when a later
   * automatic step ({@code activityId}) computed it.
   */
  public record VariableChange(String time, String variable, Object oldValue, Object newValue, String type,
      String activityId, String changedBy) {}

  public record DecisionEntry(String time, String decisionKey, String decisionName, Integer version,
      String decisionDefinitionId, String activityId, List<NamedValue> inputs, List<String> matchedRules,
      List<RuleOutput> outputs, String rootDecisionInstanceId) {}

  public record NamedValue(String name, Object value) {}

  public record RuleOutput(String rule, String name, Object value) {}

  /**
   * {@code kind}: reassignment (by a head, {@code movedBy}), absence-start, absence-new (a task that came during the
   * absence), absence-end (given back); {@code toGroups}: groups the task was opened to when it had none.
   */
  public record HandoverEntry(String time, String taskId, String taskName, String fromUser, String toUser,
      String toGroups, String movedBy, String kind, Long absenceId, String reason) {}

  public record OperationEntry(String time, String userId, String operation, String entityType, String property,
      Object oldValue, Object newValue, String taskId, String annotation) {}
}
