package com.servicecentre.security;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.InputRefused;
import com.servicecentre.handover.HandoverLog;
import com.servicecentre.security.EngineCommands.Completion;
import com.servicecentre.security.EngineCommands.Start;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every start and task completion made by a logged-in person (Tasklist, the REST API) accepts exactly the fields
 * that step's form lets that person edit, within the form's limits; read-only values sent back unchanged are
 * dropped; business keys come from the server. Completions and hand-overs also follow the duties the model sets
 * ({@link TaskDuties}). The application's own code and the job executor run without a login and are trusted.
 *
 * <p>An attempt to set what the form does not offer is refused before anything runs. A value outside the form's
 * limits is refused too, but only after the step's own checks ran in the same (rolled back) transaction, so that
 * one answer names every wrong field, the form's limits and the process's rules alike.
 */
@Component
public class CallerInputGuard extends AbstractProcessEnginePlugin {

  private final TaskDuties duties;
  private final SubmittedInput.Conditions conditions = new FormConditions();
  private final Map<String, FormSpec> formsByDefinitionId = new ConcurrentHashMap<>();

  // Looked up at a reassignment, not when the engine is built: the log lives in the project's tables, which
  // Flyway may create only after the engine's start-up checks (InitialAdminPassword) have passed.
  private final ObjectProvider<HandoverLog> handoverLog;

  public CallerInputGuard(Departments departments, ObjectProvider<HandoverLog> handoverLog) {
    this.duties = new TaskDuties(departments);
    this.handoverLog = handoverLog;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new Interceptor());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** Sits inside the command context; only the caller's own command is checked, not those our code runs in it. */
  private class Interceptor extends CommandInterceptor {

    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    @Override
    public <T> T execute(Command<T> command) {
      int outer = depth.get();
      depth.set(outer + 1);
      try {
        List<String> outOfLimits = outer == 0 ? inspect(command) : List.of();
        T result;
        try {
          result = next.execute(command);
        } catch (InputRefused refused) {
          throw outOfLimits.isEmpty() ? refused : new InputRefused(outOfLimits).and(refused.problems());
        } catch (RuntimeException failed) {
          if (outOfLimits.isEmpty()) {
            throw failed;
          }
          // Whatever broke further on, the caller's input was wrong first; this rolls everything back.
          throw new InputRefused(outOfLimits);
        }
        if (!outOfLimits.isEmpty()) {
          throw new InputRefused(outOfLimits);
        }
        return result;
      } finally {
        depth.set(outer);
      }
    }
  }

  /** Refuses what the caller may not do at all; returns the values outside the form's limits. */
  private List<String> inspect(Command<?> command) {
    CommandContext context = Context.getCommandContext();
    Authentication caller = context == null ? null : context.getAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return List.of();
    }
    var start = EngineCommands.start(command);
    if (start.isPresent()) {
      return checkStart(start.get(), caller, context);
    }
    var completion = EngineCommands.completion(command);
    if (completion.isPresent()) {
      return checkCompletion(completion.get(), caller, context);
    }
    EngineCommands.assignment(command).ifPresent(assignment -> {
      if (assignment.claim() && caller.getUserId().equals(assignment.userId())) {
        return; // claiming for oneself: the engine's own check (TASK_WORK) applies
      }
      // A claim without a user is the engine's unclaim (ClaimTaskCmd sets the assignee to null): checked below as
      // putting the task back, so that a colleague cannot take a claimed task away that way.
      TaskEntity task = context.getTaskManager().findTaskById(assignment.taskId());
      if (task != null) {
        checkers(context).forEach(checker -> checker.checkTaskAssign(task));
        context.runWithoutAuthorization(() -> {
          if (assignment.userId() != null) {
            HandoverLog handovers = handoverLog.getObject();
            LocalDateTime last = handovers.lastReassignment(task.getId());
            String reason = duties.checkMayAssign(task, assignment.userId(), caller, context,
                last == null ? null : Date.from(last.atZone(EngineClock.ZONE).toInstant()));
            if (reason != null) {
              handovers.record(new HandoverLog.Handover(task.getProcessInstanceId(), task.getId(), task.getName(),
                  task.getAssignee(), assignment.userId(), null, caller.getUserId(), HandoverLog.REASSIGNMENT, null,
                  reason, EngineClock.now()));
            }
          } else {
            duties.checkMayRelease(task, caller, context);
          }
          return null;
        });
      }
    });
    EngineCommands.taskChange(command).ifPresent(change -> checkTaskChange(change, caller, context));
    return List.of();
  }

  /**
   * A change to a task itself (follow-up date, due date, candidates, a new task): the engine's TASK_ASSIGN check
   * first, then the duties. The task as stored is read past the entity cache, since the command brings its own copy.
   */
  private void checkTaskChange(EngineCommands.TaskChange change, Authentication caller, CommandContext context) {
    TaskEntity stored = null;
    if (change.kind() != EngineCommands.TaskChange.Kind.CREATE) {
      stored = change.kind() == EngineCommands.TaskChange.Kind.SAVE
          ? (TaskEntity) context.getDbSqlSession().selectOne("selectTask", change.taskId())
          : context.getTaskManager().findTaskById(change.taskId());
      if (stored == null) {
        return;
      }
      TaskEntity task = stored;
      checkers(context).forEach(checker -> checker.checkTaskAssign(task));
    }
    TaskEntity task = stored;
    context.runWithoutAuthorization(() -> {
      duties.checkMayChange(change, task, caller, context);
      return null;
    });
  }

  private List<String> checkStart(Start start, Authentication caller, CommandContext context) {
    if (start.atChosenActivities() && !context.getAuthorizationManager().isCamundaAdmin(caller)) {
      throw new DutyRefused(caller.getUserId() + " 只能从开始表单发起案件，不能从流程中间开始");
    }
    List<String> problems = new ArrayList<>();
    if (start.businessKey() != null && !start.businessKey().isBlank()) {
      problems.add("businessKey(案件编号): 编号由系统分配，不可指定");
    }
    var cache = context.getProcessEngineConfiguration().getDeploymentCache();
    ProcessDefinitionEntity definition = start.processDefinitionId() != null
        ? cache.findDeployedProcessDefinitionById(start.processDefinitionId())
        : cache.findDeployedLatestProcessDefinitionByKey(start.processDefinitionKey());
    Map<String, Object> submitted = start.variables() == null ? Map.of() : start.variables();
    SubmittedInput.Outcome outcome = context.runWithoutAuthorization(() -> {
      StartFormData form = context.getProcessEngineConfiguration().getFormService()
          .getStartFormData(definition.getId());
      return SubmittedInput.check(form(form.getCamundaFormRef(), definition.getDeploymentId(), context),
          Map.of(), submitted, conditions);
    });
    outcome.dropped().forEach(submitted::remove);
    return refuseTampering(problems, outcome);
  }

  /** Throws for what the caller may not set at all; returns the values outside the form's limits. */
  private static List<String> refuseTampering(List<String> problems, SubmittedInput.Outcome outcome) {
    List<String> tampering = new ArrayList<>(problems);
    List<String> outOfLimits = new ArrayList<>();
    outcome.problems().forEach(p -> (p.tampering() ? tampering : outOfLimits).add(p.toString()));
    if (!tampering.isEmpty()) {
      throw new InputRefused(tampering);
    }
    return outOfLimits;
  }

  private List<String> checkCompletion(Completion completion, Authentication caller, CommandContext context) {
    TaskEntity task = context.getTaskManager().findTaskById(completion.taskId());
    if (task == null || task.getProcessDefinitionId() == null) {
      return List.of();
    }
    // The engine's own permission check first: nobody learns about a task's form they may not work on.
    checkers(context).forEach(checker -> checker.checkTaskWork(task));
    return context.runWithoutAuthorization(() -> {
      duties.checkMayComplete(task, caller, context);
      Map<String, Object> submitted = completion.variables() == null ? Map.of() : completion.variables();
      task.initializeFormKey();
      FormSpec form = form(task.getCamundaFormRef(), task.getProcessDefinition().getDeploymentId(), context);
      SubmittedInput.Outcome outcome = SubmittedInput.check(form, task.getVariables(), submitted, conditions);
      List<String> outOfLimits = refuseTampering(List.of(), outcome);
      if (!outcome.dropped().isEmpty()) {
        VariableMap sent = Variables.fromMap(submitted);
        VariableMap kept = Variables.createVariables();
        sent.keySet().stream().filter(k -> !outcome.dropped().contains(k))
            .forEach(k -> kept.putValueTyped(k, sent.getValueTyped(k)));
        EngineCommands.replaceVariables(completion, kept);
      }
      return outOfLimits;
    });
  }

  private FormSpec form(CamundaFormRef ref, String deploymentId, CommandContext context) {
    if (ref == null || ref.getKey() == null) {
      return FormSpec.none(null);
    }
    CamundaFormDefinition definition = new GetCamundaFormDefinitionCmd(ref, deploymentId).execute(context);
    if (definition == null) {
      throw new IllegalStateException("form " + ref.getKey() + " is not deployed");
    }
    return formsByDefinitionId.computeIfAbsent(definition.getId(), id -> {
      try (InputStream json = new GetDeploymentResourceCmd(definition.getDeploymentId(),
          definition.getResourceName()).execute(context)) {
        return FormSpec.parse(json.readAllBytes());
      } catch (IOException e) {
        throw new IllegalStateException("cannot read form " + definition.getResourceName(), e);
      }
    });
  }

  private static List<CommandChecker> checkers(CommandContext context) {
    return context.getProcessEngineConfiguration().getCommandCheckers();
  }
}
