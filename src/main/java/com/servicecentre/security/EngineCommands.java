package com.servicecentre.security;

import java.lang.reflect.Field;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Reads what a caller asked the engine to do from the engine's own command objects, which keep their arguments
 * in protected fields. The one place that knows those field names: a Camunda upgrade that renames one fails the
 * security tests here rather than silently letting input through.
 */
final class EngineCommands {

  /** A start, with the variables and business key the caller sent. */
  record Start(String processDefinitionId, String processDefinitionKey, String businessKey,
      Map<String, Object> variables, boolean atChosenActivities) {}

  /** A task completion (plain or through its form), with the variables the caller sent (null: none). */
  record Completion(String taskId, Map<String, Object> variables, Command<?> command, String field) {}

  /**
   * A new assignee (assignment or delegation) chosen by the caller; null unassigns. {@code claim}: a claim, which
   * is the caller's own business only when it names the caller.
   */
  record Assignment(String taskId, String userId, boolean claim) {}

  /**
   * A change to a task itself rather than its case: every command the engine authorizes with TASK_ASSIGN besides
   * (un)assignment. {@code changed} is the task as the caller wants it saved (SAVE), {@code followUp} the new
   * follow-up date (FOLLOW_UP); OTHER is a name, priority, description, due date, owner or candidate change.
   */
  record TaskChange(Kind kind, String taskId, TaskEntity changed, Date followUp) {
    enum Kind { CREATE, SAVE, FOLLOW_UP, OTHER }
  }

  private EngineCommands() {}

  static Optional<Start> start(Command<?> command) {
    if (command instanceof SubmitStartFormCmd) {
      return Optional.of(new Start(read(command, "processDefinitionId"), null, read(command, "businessKey"),
          read(command, "variables"), false));
    }
    if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
      ProcessInstantiationBuilderImpl builder = read(command, "instantiationBuilder");
      return Optional.of(new Start(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(),
          builder.getBusinessKey(), builder.getVariables(), command instanceof StartProcessInstanceAtActivitiesCmd));
    }
    return Optional.empty();
  }

  static Optional<Completion> completion(Command<?> command) {
    if (command instanceof SubmitTaskFormCmd) {
      return Optional.of(new Completion(read(command, "taskId"), read(command, "properties"), command, "properties"));
    }
    if (command instanceof CompleteTaskCmd) {
      return Optional.of(new Completion(read(command, "taskId"), read(command, "variables"), command, "variables"));
    }
    return Optional.empty();
  }

  static Optional<Assignment> assignment(Command<?> command) {
    if (command instanceof AssignTaskCmd || command instanceof DelegateTaskCmd) {
      return Optional.of(new Assignment(read(command, "taskId"), read(command, "userId"), false));
    }
    if (command instanceof ClaimTaskCmd) {
      return Optional.of(new Assignment(read(command, "taskId"), read(command, "userId"), true));
    }
    return Optional.empty();
  }

  static Optional<TaskChange> taskChange(Command<?> command) {
    if (command instanceof CreateTaskCmd) {
      return Optional.of(new TaskChange(TaskChange.Kind.CREATE, read(command, "taskId"), null, null));
    }
    if (command instanceof SaveTaskCmd) {
      TaskEntity task = read(command, "task");
      return Optional.of(task.getRevision() == 0
          ? new TaskChange(TaskChange.Kind.CREATE, task.getId(), task, null)
          : new TaskChange(TaskChange.Kind.SAVE, task.getId(), task, null));
    }
    if (command instanceof SetTaskFollowUpDateCmd) {
      return Optional.of(new TaskChange(TaskChange.Kind.FOLLOW_UP, read(command, "taskId"), null,
          read(command, "value")));
    }
    if (command instanceof AssignTaskCmd) {
      return Optional.empty();
    }
    if (command instanceof AbstractSetTaskPropertyCmd<?> || command instanceof DeleteIdentityLinkCmd) {
      return Optional.of(new TaskChange(TaskChange.Kind.OTHER, read(command, "taskId"), null, null));
    }
    return Optional.empty();
  }

  /** Puts the checked variables in place of what the caller sent. */
  static void replaceVariables(Completion completion, Map<String, Object> variables) {
    write(completion.command(), completion.field(), variables);
  }

  @SuppressWarnings("unchecked")
  private static <T> T read(Object target, String name) {
    try {
      return (T) field(target.getClass(), name).get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + name + " of an engine command", e);
    }
  }

  private static void write(Object target, String name, Object value) {
    try {
      field(target.getClass(), name).set(target, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot set " + name + " of an engine command", e);
    }
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException ignored) {
        // look in the superclass
      }
    }
    throw new IllegalStateException(type.getSimpleName() + " has no field " + name);
  }
}
