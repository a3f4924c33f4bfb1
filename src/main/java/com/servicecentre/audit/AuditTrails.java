package com.servicecentre.audit;

import com.servicecentre.audit.CaseAuditTrail.ActivityEntry;
import com.servicecentre.audit.CaseAuditTrail.CaseSummary;
import com.servicecentre.audit.CaseAuditTrail.DecisionEntry;
import com.servicecentre.audit.CaseAuditTrail.HandoverEntry;
import com.servicecentre.audit.CaseAuditTrail.NamedValue;
import com.servicecentre.audit.CaseAuditTrail.OperationEntry;
import com.servicecentre.audit.CaseAuditTrail.Person;
import com.servicecentre.audit.CaseAuditTrail.RuleOutput;
import com.servicecentre.audit.CaseAuditTrail.TaskEntry;
import com.servicecentre.audit.CaseAuditTrail.VariableChange;
import com.servicecentre.common.IsoTime;
import com.servicecentre.common.EngineClock;
import com.servicecentre.handover.HandoverLog;
import com.servicecentre.identity.CaseOnTheCard;
import com.servicecentre.notification.NotificationDeliveries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ActivityTypes;
import com.servicecentre.office.Offices;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;

/** Reads the audit trail of one case from the engine's history: who did what, when, and which rule decided. */
@Service
public class AuditTrails {

  private static final String JSON = "application/json";
  /** A step clears its inputs as its task is created, within moments of the step's start (times may be to the second). */
  private static final long ROUND_START_MILLIS = 1000;

  private static final Set<String> WAIT_STATES = Set.of(ActivityTypes.TASK_USER_TASK, ActivityTypes.TASK_RECEIVE_TASK,
      ActivityTypes.INTERMEDIATE_EVENT_MESSAGE, ActivityTypes.INTERMEDIATE_EVENT_TIMER,
      ActivityTypes.INTERMEDIATE_EVENT_SIGNAL, ActivityTypes.GATEWAY_EVENT_BASED, ActivityTypes.CALL_ACTIVITY);

  private final HistoryService history;
  private final RepositoryService repository;
  private final NotificationDeliveries notifications;
  private final IdentityService identity;
  private final HandoverLog handoverLog;
  private final Offices offices;

  public AuditTrails(HistoryService history, RepositoryService repository, NotificationDeliveries notifications,
      IdentityService identity, HandoverLog handoverLog, Offices offices) {
    this.handoverLog = handoverLog;
    this.offices = offices;
    this.history = history;
    this.repository = repository;
    this.notifications = notifications;
    this.identity = identity;
  }

  /**
   * The case with this business key. A key names one case; should several processes carry it, the top-level one
   * started first is the case.
   */
  public Optional<CaseAuditTrail> ofCase(String businessKey, List<String> offices) {
    return Offices.only(history.createHistoricProcessInstanceQuery(), offices).processInstanceBusinessKey(businessKey)
        .orderByProcessInstanceStartTime().asc().list().stream()
        .min(Comparator.comparing((HistoricProcessInstance p) -> p.getSuperProcessInstanceId() != null))
        .map(this::trail);
  }

  /**
   * Cases by process (every version), start date, part of the business key and state; newest first. A whole case
   * number is looked up by the business key's index first: the search for a part reads every case (LIKE '%…%'), which
   * at a year of history takes longer than an auditor should wait for the one case they named. Case numbers have a
   * fixed width per kind, so a whole number is part of no other case's number.
   */
  public List<CaseSummary> search(String processKey, String businessKeyPart, Date startedFrom, Date startedTo,
      String state, int max, List<String> offices) {
    String part = businessKeyPart == null || businessKeyPart.isBlank() ? null : businessKeyPart.trim();
    if (part != null) {
      List<CaseSummary> named = search(processKey, part, false, startedFrom, startedTo, state, max, offices);
      if (!named.isEmpty()) {
        return named;
      }
    }
    return search(processKey, part, true, startedFrom, startedTo, state, max, offices);
  }

  private List<CaseSummary> search(String processKey, String businessKey, boolean part, Date startedFrom,
      Date startedTo, String state, int max, List<String> offices) {
    HistoricProcessInstanceQuery query = Offices.only(history.createHistoricProcessInstanceQuery(), offices);
    if (processKey != null && !processKey.isBlank()) {
      query.processDefinitionKey(processKey);
    }
    if (businessKey != null) {
      if (part) {
        query.processInstanceBusinessKeyLike("%" + businessKey + "%");
      } else {
        query.processInstanceBusinessKey(businessKey);
      }
    }
    if (startedFrom != null) {
      query.startedAfter(startedFrom);
    }
    if (startedTo != null) {
      query.startedBefore(startedTo);
    }
    if (state != null && !state.isBlank()) {
      switch (state) {
        case "ACTIVE" -> query.active();
        case "SUSPENDED" -> query.suspended();
        case "COMPLETED" -> query.completed();
        case "EXTERNALLY_TERMINATED" -> query.externallyTerminated();
        case "INTERNALLY_TERMINATED" -> query.internallyTerminated();
        default -> throw new IllegalArgumentException("state must be one of ACTIVE, SUSPENDED, COMPLETED, "
            + "EXTERNALLY_TERMINATED, INTERNALLY_TERMINATED, not '" + state + "'");
      }
    }
    Map<String, ProcessDefinition> definitions = new HashMap<>();
    List<HistoricProcessInstance> found = query.orderByProcessInstanceStartTime().desc().listPage(0, max);
    Map<String, String> names = names(found.stream().map(HistoricProcessInstance::getStartUserId));
    return found.stream()
        .map(instance -> summary(instance, definitions.computeIfAbsent(instance.getProcessDefinitionId(),
            repository::getProcessDefinition), names))
        .toList();
  }

  private CaseSummary summary(HistoricProcessInstance instance, ProcessDefinition definition,
      Map<String, String> names) {
    return new CaseSummary(instance.getBusinessKey(), instance.getId(), instance.getProcessDefinitionKey(),
        definition.getName(), definition.getVersion(), instance.getState(), time(instance.getStartTime()),
        time(instance.getEndTime()), instance.getStartUserId(), names.get(instance.getStartUserId()),
        instance.getDeleteReason(), instance.getSuperProcessInstanceId(), instance.getTenantId(),
        instance.getTenantId() == null ? null : offices.nameOf(instance.getTenantId()));
  }

  /** Each of these logins with the person's name as staff know them (张伟); a login nobody has keeps itself. */
  private Map<String, String> names(Stream<String> logins) {
    Set<String> ids = logins.filter(Objects::nonNull).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    Map<String, String> names = new HashMap<>();
    ids.forEach(id -> names.put(id, id));
    if (!ids.isEmpty()) {
      for (User user : identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()) {
        String name = ((user.getLastName() == null ? "" : user.getLastName().trim())
            + (user.getFirstName() == null ? "" : user.getFirstName().trim())).trim();
        names.put(user.getId(), name.isEmpty() ? user.getId() : name);
      }
    }
    return names;
  }

  private CaseAuditTrail trail(HistoricProcessInstance instance) {
    String id = instance.getId();
    ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
    CaseSummary summary = summary(instance, definition, names(Stream.of(instance.getStartUserId())));

    List<HistoricActivityInstance> activityInstances = history.createHistoricActivityInstanceQuery()
        .processInstanceId(id).orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc()
        .list();
    List<UserOperationLogEntry> operationLog = history.createUserOperationLogQuery().processInstanceId(id)
        .orderByTimestamp().asc().list();

    List<ActivityEntry> activities = activities(activityInstances);
    List<TaskEntry> tasks = tasks(id);
    List<VariableChange> changes = variableChanges(id, instance, activityInstances, operationLog);
    List<OperationEntry> operations = operations(operationLog);
    List<HandoverEntry> handovers = handoverLog.ofCase(id).stream()
        .map(h -> new HandoverEntry(time(Date.from(h.movedAt().atZone(EngineClock.ZONE).toInstant())), h.taskId(),
            h.taskName(), h.fromUser(), h.toUser(), h.toGroups(), h.movedBy(), h.kind(), h.absenceId(), h.reason()))
        .toList();
    Map<String, String> names = names(Stream.of(Stream.of(instance.getStartUserId()),
        activities.stream().map(ActivityEntry::assignee),
        tasks.stream().flatMap(t -> Stream.of(t.assignee(), t.assignedBy())),
        changes.stream().map(VariableChange::changedBy), operations.stream().map(OperationEntry::userId),
        handovers.stream().flatMap(h -> Stream.of(h.fromUser(), h.toUser(), h.movedBy())))
        .flatMap(s -> s));
    List<Person> people = names.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> new Person(e.getKey(), e.getValue())).toList();
    return new CaseAuditTrail(summary, activities, tasks, changes, decisions(id), operations,
        notifications.ofCase(id), people, handovers);
  }

  private static List<ActivityEntry> activities(List<HistoricActivityInstance> instances) {
    return instances.stream().map(a -> new ActivityEntry(time(a.getStartTime()), time(a.getEndTime()),
        a.getActivityId(), a.getActivityName(), a.getActivityType(), a.getAssignee(), a.isCanceled(),
        a.getCalledProcessInstanceId())).toList();
  }

  private List<TaskEntry> tasks(String processInstanceId) {
    Date now = ClockUtil.getCurrentTime();
    List<TaskEntry> tasks = new ArrayList<>();
    List<HistoricTaskInstance> instances = new ArrayList<>(
        history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list());
    instances.sort(Comparator.comparing(HistoricTaskInstance::getStartTime).thenComparing(HistoricTaskInstance::getId));
    for (HistoricTaskInstance task : instances) {
      List<HistoricIdentityLinkLog> links = new ArrayList<>(
          history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list());
      links.sort(Comparator.comparing(HistoricIdentityLinkLog::getTime));
      LinkedHashSet<String> candidateGroups = new LinkedHashSet<>();
      HistoricIdentityLinkLog firstAssignment = null;
      for (HistoricIdentityLinkLog link : links) {
        boolean added = "add".equals(link.getOperationType());
        if (added && IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          candidateGroups.add(link.getGroupId());
        }
        if (added && IdentityLinkType.ASSIGNEE.equals(link.getType()) && firstAssignment == null) {
          firstAssignment = link;
        }
      }
      boolean completed = "completed".equals(task.getDeleteReason());
      Date due = task.getDueDate();
      Date endOrNow = task.getEndTime() != null ? task.getEndTime() : now;
      tasks.add(new TaskEntry(task.getId(), task.getTaskDefinitionKey(), task.getName(),
          List.copyOf(candidateGroups), task.getAssignee(),
          firstAssignment == null ? null : firstAssignment.getAssignerId(), time(task.getStartTime()),
          firstAssignment == null ? null : time(firstAssignment.getTime()),
          completed ? time(task.getEndTime()) : null, time(task.getEndTime()),
          completed ? null : task.getDeleteReason(), time(due), due != null && endOrNow.after(due)));
    }
    return tasks;
  }

  /**
   * Each change with the value before it, and the person whose action made it: the login recorded with the
   * operation (a change through REST or Cockpit), else the assignee of the task it was entered in, else, for
   * everything that happened as the case started (start form and the automatic steps up to the first wait), the
   * person who started it. Changes by later automatic steps (timers, service tasks) name only the step.
   */
  private List<VariableChange> variableChanges(String processInstanceId, HistoricProcessInstance instance,
      List<HistoricActivityInstance> activityInstances, List<UserOperationLogEntry> operationLog) {
    Map<String, String> userByOperation = new HashMap<>();
    operationLog.forEach(e -> userByOperation.putIfAbsent(e.getOperationId(), e.getUserId()));
    Map<String, HistoricActivityInstance> activityById = new HashMap<>();
    activityInstances.forEach(a -> activityById.put(a.getId(), a));

    // The start runs in one transaction up to the first step that waits (a task, a message, a timer …).
    Date startPhaseEnd = activityInstances.stream().filter(a -> WAIT_STATES.contains(a.getActivityType()))
        .map(HistoricActivityInstance::getStartTime).min(Date::compareTo)
        .orElse(instance.getEndTime() != null ? instance.getEndTime() : ClockUtil.getCurrentTime());
    List<VariableChange> changes = new ArrayList<>();
    Map<String, Object> lastValue = new HashMap<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(processInstanceId)
        .variableUpdates().disableCustomObjectDeserialization().orderByTime().asc().orderPartiallyByOccurrence()
        .asc().list()) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      if (update.getTaskId() != null && CaseOnTheCard.isCopy(update.getVariableName())) {
        continue; // the task card's copy of a case value, not a change of the case
      }
      Object value = displayValue(update.getTypedValue(), update.getTypeName());
      Object oldValue = lastValue.put(update.getVariableInstanceId(), value);
      HistoricActivityInstance activity = activityById.get(update.getActivityInstanceId());
      String changedBy = update.getUserOperationId() == null ? null : userByOperation.get(update.getUserOperationId());
      // A step that comes round again clears its inputs as its task is created: the process did that, not the
      // person who later takes the task.
      boolean clearedForNewRound = value == null && activity != null
          && update.getTime().getTime() - activity.getStartTime().getTime() < ROUND_START_MILLIS;
      if (changedBy == null && activity != null && activity.getAssignee() != null && !clearedForNewRound) {
        changedBy = activity.getAssignee();
      }
      if (changedBy == null && !clearedForNewRound && !update.getTime().after(startPhaseEnd)) {
        changedBy = instance.getStartUserId();
      }
      changes.add(new VariableChange(time(update.getTime()), update.getVariableName(), oldValue, value,
          update.getTypeName(), activity == null ? null : activity.getActivityId(), changedBy));
    }
    return changes;
  }

  private List<DecisionEntry> decisions(String processInstanceId) {
    Map<String, DecisionDefinition> definitions = new HashMap<>();
    return history.createHistoricDecisionInstanceQuery().processInstanceId(processInstanceId).includeInputs()
        .includeOutputs().orderByEvaluationTime().asc().list().stream()
        .map(decision -> {
          DecisionDefinition definition = definitions.computeIfAbsent(decision.getDecisionDefinitionId(),
              repository::getDecisionDefinition);
          return new DecisionEntry(time(decision.getEvaluationTime()), decision.getDecisionDefinitionKey(),
              decision.getDecisionDefinitionName(), definition.getVersion(), decision.getDecisionDefinitionId(),
              decision.getActivityId(), inputs(decision), matchedRules(decision), outputs(decision),
              decision.getRootDecisionInstanceId());
        })
        .toList();
  }

  private static List<NamedValue> inputs(HistoricDecisionInstance decision) {
    return decision.getInputs().stream().map(i -> new NamedValue(
        i.getClauseName() != null ? i.getClauseName() : i.getClauseId(),
        displayValue(i.getTypedValue(), i.getTypeName()))).toList();
  }

  private static List<String> matchedRules(HistoricDecisionInstance decision) {
    return decision.getOutputs().stream().map(o -> o.getRuleId()).distinct().toList();
  }

  private static List<RuleOutput> outputs(HistoricDecisionInstance decision) {
    return decision.getOutputs().stream()
        .sorted(Comparator.comparing(o -> o.getRuleOrder() == null ? 0 : o.getRuleOrder()))
        .map(o -> new RuleOutput(o.getRuleId(), o.getVariableName(), displayValue(o.getTypedValue(), o.getTypeName())))
        .toList();
  }

  private static List<OperationEntry> operations(List<UserOperationLogEntry> operationLog) {
    return operationLog.stream().map(e -> new OperationEntry(time(e.getTimestamp()), e.getUserId(),
        e.getOperationType(), e.getEntityType(), e.getProperty(), e.getOrgValue(), e.getNewValue(), e.getTaskId(),
        e.getAnnotation())).toList();
  }

  /** Strings, numbers and booleans as they are; dates as ISO text; anything else by its type. */
  static Object displayValue(TypedValue typed, String typeName) {
    // Amounts and lists are JSON object values: their JSON text is the value, shown without building the object.
    if (typed instanceof ObjectValue object && !object.isDeserialized()) {
      return JSON.equals(object.getSerializationDataFormat()) ? object.getValueSerialized() : "(" + typeName + ")";
    }
    Object value;
    try {
      value = typed == null ? null : typed.getValue();
    } catch (IllegalStateException notDeserialized) {
      return "(" + typeName + ")";
    }
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Date date) {
      return time(date);
    }
    return "(" + typeName + ")";
  }

  private static String time(Date date) {
    return IsoTime.of(date);
  }
}
