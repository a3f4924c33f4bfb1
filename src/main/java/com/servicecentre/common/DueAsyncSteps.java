package com.servicecentre.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/**
 * Runs the due asynchronous steps (notifications, bookings, archives) on the calling thread, as the job executor
 * would, for code that drives cases with the job executor off (the demo history, the benchmarks). A step that
 * fails is reported once and not tried again here; steps that make further steps due are followed up to 20 rounds.
 */
public final class DueAsyncSteps {

  private static final int ROUNDS = 20;

  private DueAsyncSteps() {}

  /** {@code query}: a fresh query of the jobs to consider (message jobs that are executable). */
  public static void run(ManagementService management, Supplier<JobQuery> query,
      BiConsumer<Job, RuntimeException> failed) {
    Set<String> failedIds = new HashSet<>();
    for (int round = 0; round < ROUNDS; round++) {
      List<Job> due = new ArrayList<>(query.get().messages().executable().list());
      due.removeIf(job -> failedIds.contains(job.getId()));
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException e) {
          failedIds.add(job.getId());
          failed.accept(job, e);
        }
      }
    }
  }
}
