package com.servicecentre.common;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Opens a task to a group unless the group is a candidate already. Camunda would add a second link, which the
 * database refuses (one candidate link per group and task, db/engine-migration V1: the task list relies on it).
 */
public final class CandidateGroups {

  private CandidateGroups() {}

  public static void add(TaskService tasks, String taskId, String group) {
    boolean already = tasks.getIdentityLinksForTask(taskId).stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && group.equals(link.getGroupId()));
    if (!already) {
      tasks.addCandidateGroup(taskId, group);
    }
  }
}
