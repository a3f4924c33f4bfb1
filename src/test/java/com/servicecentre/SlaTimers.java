package com.servicecentre;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * Process tests complete tasks through this: first the task's warning and overdue timers are fired at the present
 * (engine) time, as an administrator's "execute now" would, so that every model's timer paths are run; before the
 * warning time and the due time they tell nobody. Then the task is completed as with {@link BpmnAwareTests}.
 */
public final class SlaTimers {

  private SlaTimers() {}

  public static void complete(Task task) {
    fireTimers(task);
    BpmnAwareTests.complete(task);
  }

  public static void complete(Task task, Map<String, Object> variables) {
    fireTimers(task);
    BpmnAwareTests.complete(task, variables);
  }

  /** Fires the task's warning and overdue timers now. */
  public static void fireTimers(Task task) {
    ManagementService management = BpmnAwareTests.managementService();
    for (String suffix : new String[] {"Warning", "Overdue"}) {
      for (Job job : management.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers()
          .activityId(task.getTaskDefinitionKey() + suffix).list()) {
        management.executeJob(job.getId());
      }
    }
  }
}
