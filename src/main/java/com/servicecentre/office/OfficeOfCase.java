package com.servicecentre.office;

import java.util.List;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every case belongs to an office: the models are deployed once for all offices (shared definitions), and each
 * case is started for the office of the person who starts it, as a Camunda tenant. Tasklist, Cockpit, the REST
 * API and history then show people the cases of their own offices only.
 *
 * <p>Whose office: the starter's first office (in the offices' order) of the kind that runs the process (管理处
 * for complaints, repairs and move-outs, 店面 for leads). A person in no such office cannot start it. A call
 * activity's case stays in its parent's office. A start without a login (imports, the engine's own tests) goes
 * to the default office of the kind, the first in offices.yml.
 */
@Component
public class OfficeOfCase extends AbstractProcessEnginePlugin implements TenantIdProvider {

  private final OfficesFile file;
  // Looked up when a case starts, not when the engine is built: the office table comes with Flyway, after it.
  private final ObjectProvider<Offices> offices;

  public OfficeOfCase(OfficesFile file, ObjectProvider<Offices> offices) {
    this.file = file;
    this.offices = offices;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    String kind = file.kindOf(ctx.getProcessDefinition().getKey());
    if (kind == null) {
      return null;
    }
    CommandContext command = Context.getCommandContext();
    String starter = command == null ? null : command.getAuthenticatedUserId();
    if (starter == null) {
      return file.defaultOffice(kind);
    }
    List<String> memberOf = command.runWithoutAuthorization(() -> command.getReadOnlyIdentityProvider()
        .createTenantQuery(command).userMember(starter).includingGroupsOfUser(true).list()).stream()
        .map(Tenant::getId).toList();
    return offices.getObject().all().stream()
        .filter(office -> office.kind().equals(kind) && memberOf.contains(office.code()))
        .map(Office::code).findFirst()
        .orElseThrow(() -> new NotInAnyOffice(starter, kind));
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  /**
   * A rule evaluated in a case is recorded under the case's office, whether by a business-rule task or by a step's
   * code through the decision service (time limits, escalation, designer caps); one evaluated on its own, under none.
   */
  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : OfficeRules.caseOffice();
  }

  /**
   * The office of a case while the engine runs it, read from the engine's own cache, so that a case started in
   * this very transaction (not yet in the database) is found too. Null outside the engine or for no such case.
   */
  public static String ofRunningCase(String processInstanceId) {
    CommandContext command = Context.getCommandContext();
    if (command == null || processInstanceId == null) {
      return null;
    }
    ExecutionEntity execution = command.getExecutionManager().findExecutionById(processInstanceId);
    return execution == null ? null : execution.getTenantId();
  }
}
