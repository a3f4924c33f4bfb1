package com.servicecentre.bench;

import com.servicecentre.TestStaff;
import com.servicecentre.common.DueAsyncSteps;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives one case from start to end through the engine's Java API, as a client would: for each open task, claim
 * it if nobody holds it and complete it with what its form submits. With the job executor off, the case's due
 * asynchronous steps (notifications, bookings, archives) are run by the same thread after each command, as the job
 * executor would run them; the bare model has none, but gets the same (empty) job query for fairness.
 */
final class CaseDriver {

  /** A user task as a case met it: for building the bare twin. */
  record SeenTask(String key, String assignee, List<String> candidateGroups) {}

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;

  CaseDriver(ProcessEngine engine) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.identity = engine.getIdentityService();
  }

  /** Runs one case of the path on processKey (the project's or its bare twin); returns the tasks it completed. */
  int run(CasePath path, String processKey, int number, List<SeenTask> seen) {
    Map<String, Object> start = path.startVariables().apply(number);
    String id = runtime.startProcessInstanceByKey(processKey, start).getId();
    runDueJobs(id);
    int completed = 0;
    for (int guard = 0; guard < 50; guard++) {
      List<Task> open = tasks.createTaskQuery().processInstanceId(id).list();
      if (open.isEmpty()) {
        if (runtime.createProcessInstanceQuery().processInstanceId(id).count() == 0) {
          return completed;
        }
        throw new IllegalStateException(path.name() + ": case " + id + " waits with no task ("
            + runtime.getActiveActivityIds(id) + ")");
      }
      for (Task task : open) {
        // A bare twin names a task's second visit "<id>-2" (ids are unique in a model).
        CasePath.Step step = path.steps().get(task.getTaskDefinitionKey().replaceFirst("-\\d+$", ""));
        if (step == null) {
          throw new IllegalStateException(path.name() + ": unexpected task " + task.getTaskDefinitionKey()
              + " in case " + number + " (" + runtime.getVariable(id, "caseNo") + ")");
        }
        if (seen != null) {
          seen.add(new SeenTask(task.getTaskDefinitionKey(), task.getAssignee(),
              tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
                  .map(IdentityLink::getGroupId).filter(g -> g != null).toList()));
        }
        String user = task.getAssignee() != null ? task.getAssignee() : step.user();
        if (task.getAssignee() == null) {
          tasks.claim(task.getId(), user);
        }
        // The bare model has no forms, so the form check of a logged-in completion would refuse every input.
        if (step.loggedIn() && !processKey.startsWith("bare-")) {
          TestStaff.as(identity, user, () -> tasks.complete(task.getId(), step.variables()));
        } else {
          tasks.complete(task.getId(), step.variables());
        }
        completed++;
        runDueJobs(id);
      }
    }
    throw new IllegalStateException(path.name() + ": case " + id + " did not end");
  }

  private void runDueJobs(String processInstanceId) {
    DueAsyncSteps.run(management, () -> management.createJobQuery().processInstanceId(processInstanceId),
        (job, e) -> System.err.println("job " + job.getId() + " failed: " + e.getMessage()));
  }
}
