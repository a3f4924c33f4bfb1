package com.servicecentre.office;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.instance.CoreExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which version of a decision table an office's case follows: the office's own, when a manager of that office
 * deployed one (a deployment with the office's code as tenant id), else the shared one that holds for every office.
 * A business-rule task asks through {@code camunda:decisionRefTenantId="${officeRules.tenantOf('key', execution)}"},
 * where null means the shared version; code evaluating a table by key goes through {@link #evaluation}.
 * Once any office has its own version of a table, an evaluation by key that names no tenant fails in the engine,
 * so every evaluation says which one it means.
 */
@Component("officeRules")
public class OfficeRules {

  // The engine is built after this bean (process-engine plugins depend on rules beans), so looked up when used.
  private final ObjectProvider<ProcessEngine> engine;

  public OfficeRules(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
  }

  /** The tenant whose version of the table the case follows: its office, or null (the shared version). */
  public String tenantOf(String decisionKey, DelegateExecution execution) {
    return tenantForOffice(decisionKey, execution == null ? null : execution.getTenantId());
  }

  /** The office if it has a version of its own of the table, else null (the shared version). */
  public String tenantForOffice(String decisionKey, String office) {
    if (office == null || office.isBlank()) {
      return null;
    }
    return CommandMemo.get("own-table|" + decisionKey + "|" + office, () -> ownVersion(decisionKey, office));
  }

  private String ownVersion(String decisionKey, String office) {
    // Looked up whoever is logged in: the office's table is the rule of the case, not of the person at the step.
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    boolean own = configuration.getCommandExecutorTxRequired().execute(command -> command
        .getDecisionDefinitionManager().findLatestDecisionDefinitionByKeyAndTenantId(decisionKey, office) != null);
    return own ? office : null;
  }

  /** An evaluation by key of the office's version of the table (the shared one when it has none or office is null). */
  public DecisionsEvaluationBuilder evaluation(DecisionService decisions, String decisionKey, String office) {
    String tenant = tenantForOffice(decisionKey, office);
    return tenant == null ? decisions.evaluateDecisionByKey(decisionKey).decisionDefinitionWithoutTenantId()
        : decisions.evaluateDecisionByKey(decisionKey).decisionDefinitionTenantId(tenant);
  }

  /** The office of the case the engine is working on in this thread (in a delegate, listener or expression), or null. */
  public static String caseOffice() {
    var context = Context.getCoreExecutionContext();
    CoreExecution execution = context == null ? null : context.getExecution();
    return execution == null ? null : execution.getTenantId();
  }
}
