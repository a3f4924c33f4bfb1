package com.servicecentre.security;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A task's owner is the person responsible for the case (the complaint's 首问责任人), who follows it, not the one
 * who works on it. Camunda grants an owner what it grants an assignee (read and work on the task: claim it away from
 * its department); here the owner may only read it, so that it shows in their filter. Whoever is assignee or
 * candidate besides keeps what Camunda grants for that.
 */
@Component
public class TaskOwnerReadsOnly extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
      @Override
      public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        if (newOwner == null) {
          return null;
        }
        return new AuthorizationEntity[] {
            createOrUpdateAuthorization(task, newOwner, null, Resources.TASK, false, Permissions.READ)};
      }
    });
  }
}
