package com.servicecentre.rules;

import com.servicecentre.office.OfficeRules;
import com.servicecentre.common.InputRefused;
import com.servicecentre.office.Office;
import com.servicecentre.office.Offices;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Managers may deploy rules (DMN) from Modeler, finance its price list ({@link RuleOwners}); the processes themselves
 * stay with the application's release.
 * The grant CREATE on DEPLOYMENT cannot tell a decision table from a process model, so a person who is not an
 * administrator is refused any deployment that holds something other than a .dmn file. Deployments of the
 * application itself run without an authenticated person and are not affected by that.
 *
 * <p>Rules per office ({@link OfficeRules}): a deployment with a tenant id (the "Tenant ID" of Modeler's deploy
 * dialog, an office code) changes the rule of that office only, and only its members or an administrator make it.
 * A deployment without one changes the shared table, which every office without a version of its own follows: only
 * an administrator or a person who works in every office makes it.
 *
 * <p>Every deployment, the release's at start-up included, is refused if a DMN file in it declares an expression
 * language other than FEEL ({@link FeelOnly}): JUEL and scripts in a table would run code on the server.
 */
@Component
public class DecisionDeploymentGuard extends AbstractProcessEnginePlugin {

  // Looked up when someone deploys, not when the engine is built: the office table comes with Flyway, after it.
  private final ObjectProvider<Offices> offices;

  public DecisionDeploymentGuard(ObjectProvider<Offices> offices) {
    this.offices = offices;
  }

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
    // A Tenant ID that is no office would make a version no case ever follows: a typo, said at once, even to admins.
    String tenant = deployment.getTenantId();
    if (authentication != null && tenant != null && offices.getObject().find(tenant).isEmpty()) {
      throw new InputRefused(List.of("tenant-id(Tenant ID): \"" + tenant + "\" 不是管理处或门店的代码，请填 "
          + String.join("、", offices.getObject().all().stream().map(Office::code).toList())));
    }
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
    refuseOtherOffices(deployment, authentication.getUserId(), commandContext);
  }

  private void refuseOtherOffices(DeploymentEntity deployment, String userId, CommandContext commandContext) {
    Offices offices = this.offices.getObject();
    List<String> memberOf = commandContext.runWithoutAuthorization(() -> offices.officesOf(userId));
    String office = deployment.getTenantId();
    if (office != null) {
      if (!memberOf.contains(office)) {
        throw new DutyRefused(userId + " 不属于" + named(offices, office) + "，不能为该处部署规则"
            + (memberOf.isEmpty() ? "" : "：Tenant ID 请填您所在的 " + String.join("、", memberOf)));
      }
      return;
    }
    List<String> notMemberOf = offices.all().stream().map(Office::code).filter(code -> !memberOf.contains(code))
        .toList();
    if (!notMemberOf.isEmpty()) {
      throw new DutyRefused(userId + " 不能部署共用的规则(未填 Tenant ID)：它对所有管理处和店面生效，而您不属于"
          + String.join("、", notMemberOf.stream().map(code -> named(offices, code)).toList())
          + (memberOf.isEmpty() ? "" : "。只改本处的规则请在部署对话框的 Tenant ID 填 " + String.join("、", memberOf)
          + "；共用的规则由管理员部署"));
    }
  }

  /** 翠湖花园管理处(A01), or the bare code of an office not on file. */
  private static String named(Offices offices, String code) {
    String name = offices.nameOf(code);
    return name.equals(code) ? code : name + "(" + code + ")";
  }
}
