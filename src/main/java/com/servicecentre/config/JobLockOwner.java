package com.servicecentre.config;

import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.stereotype.Component;

/**
 * A job locked by a node names that node (ACT_RU_JOB.LOCK_OWNER_): the engine's hostname, as the job log records
 * it for the node that ran a job (the node's address, or camunda.bpm.generic-properties.properties.hostname),
 * then a random part for this run, where Camunda writes a bare random id. Whoever finds jobs locked by a node that
 * died sees which node it was, and LOCK_EXP_TIME_ says when another node takes them over.
 */
@Component
public class JobLockOwner extends AbstractProcessEnginePlugin {

  /** Set once the engine knows its hostname and job executor, before the executor locks anything. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    JobExecutor jobExecutor = configuration.getJobExecutor();
    if (jobExecutor != null) {
      jobExecutor.setLockOwner(of(configuration.getHostname()));
    }
  }

  /** The hostname, a slash and 8 random characters: two runs on one host still hold distinct locks. */
  static String of(String hostname) {
    return hostname + "/" + UUID.randomUUID().toString().substring(0, 8);
  }
}
