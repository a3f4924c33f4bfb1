package com.servicecentre.rules;

import com.servicecentre.security.DutyRefused;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * Managers may deploy rules (DMN) from Modeler, finance its price list ({@link RuleOwners}); the processes themselves
 * stay with the application's release.
 * The grant CREATE on DEPLOYMENT cannot tell a decision table from a process model, so a person who is not an
 * administrator is refused any deployment that holds something other than a .dmn file. Deployments of the
 * application itself run without an authenticated person and are not affected by that.
 *
 * <p>Every deployment, the release's at start-up included, is refused if a DMN file in it declares an expression
 * language other than FEEL ({@link FeelOnly}): JUEL and scripts in a table would run code on the server.
 */
@Component
public class DecisionDeploymentGuard extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> preDeployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
    preDeployers.add(this::check);
    configuration.setCustomPreDeployers(preDeployers);
  }

  private void check(DeploymentEntity deployment) {
    // Deployers also run when a cached definition is parsed again for whoever happens to use it; a table stored
    // before the FEEL check existed is stopped there by FeelOnlyDmnEngine.
    if (!deployment.isNew()) {
      return;
    }
    refuseNonDecisionsFromManagers(deployment);
    // Checked before the engine's own deployers parse anything.
    deployment.getResources().values().stream().filter(resource -> FeelOnly.isDmnResource(resource.getName()))
        .sorted(Comparator.comparing(ResourceEntity::getName)).forEach(resource -> FeelOnly.check(resource.getName(), resource.getBytes()));
  }

  private void refuseNonDecisionsFromManagers(DeploymentEntity deployment) {
    CommandContext commandContext = Context.getCommandContext();
    Authentication authentication = commandContext.getAuthentication();
    // Deployers run with authorization checks suspended, so ask the configuration rather than the context.
    if (authentication == null || !Context.getProcessEngineConfiguration().isAuthorizationEnabled()
        || commandContext.getAuthorizationManager().isCamundaAdmin(authentication)) {
      return;
    }
    List<String> notDecisions = deployment.getResources().keySet().stream()
        .filter(name -> !name.toLowerCase().endsWith(".dmn")).sorted().toList();
    if (!notDecisions.isEmpty()) {
      throw new DutyRefused(authentication.getUserId() + " 只能部署决策表(.dmn)，流程模型由管理员发布，不能部署 "
          + String.join("、", notDecisions));
    }
    // Each group changes the tables it keeps (finance: the price list), the managers every table.
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    List<String> notTheirs = deployment.getResources().values().stream()
        .flatMap(resource -> RuleOwners.decisionsIn(resource.getBytes()).stream())
        .filter(decision -> !RuleOwners.mayChange(groups, decision)).distinct().sorted().toList();
    if (!notTheirs.isEmpty()) {
      throw new DutyRefused(authentication.getUserId() + " 无权修改决策表 " + String.join("、", notTheirs));
    }
  }
}
