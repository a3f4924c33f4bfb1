package com.servicecentre.rules;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionLiteralExpressionImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.camunda.bpm.dmn.engine.impl.spi.el.DmnScriptEngineResolver;
import org.camunda.bpm.dmn.engine.impl.spi.el.ElProvider;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Defence in depth behind the deployment check: the DMN engines (the process engine's and the what-if's) evaluate
 * FEEL only, so a table with code that got in anyway (deployed before the check, or written into the database)
 * runs nothing. Every kind of expression defaults to FEEL, there is no script engine and no JUEL, and a table that
 * declares another language is refused as it is parsed. BPMN keeps its JUEL: only the DMN engine is changed.
 */
@Component
public class FeelOnlyDmnEngine extends AbstractProcessEnginePlugin {

  private static final String LEGACY = "dmnFeelEnableLegacyBehavior must stay false: decision tables hold FEEL only, "
      + "and legacy FEEL evaluates input and output expressions as JUEL";

  private static final DmnScriptEngineResolver NO_SCRIPT_ENGINE = language -> {
    throw new ProcessEngineException(FeelOnly.REFUSAL + "不执行 " + language);
  };

  private static final ElProvider NO_JUEL = expression -> {
    throw new ProcessEngineException(FeelOnly.REFUSAL + "不执行 juel");
  };

  /** The process engine builds its DMN engine from this configuration and keeps resolver and EL provider set here. */
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Legacy FEEL makes JUEL the default language of input and output expressions: say so rather than ignore it.
    if (configuration.isDmnFeelEnableLegacyBehavior()) {
      throw new IllegalStateException(LEGACY);
    }
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setDmnEngineConfiguration(configure(dmn));
  }

  /** A later setting (e.g. a generic property) must not have undone any of it: refuse to start then. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.isDmnFeelEnableLegacyBehavior()) {
      throw new IllegalStateException(LEGACY);
    }
    DmnEngine engine = configuration.getDmnEngine();
    if (engine == null || !isFeelOnly((DefaultDmnEngineConfiguration) engine.getConfiguration())) {
      throw new IllegalStateException("The process engine's DMN engine must evaluate FEEL only (no JUEL, no scripts); "
          + "a later setting replaced its configuration");
    }
  }

  /** The what-if's DMN engine: same restrictions, outside the process engine. */
  public static DmnEngine standaloneEngine() {
    return configure((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
        .buildEngine();
  }

  static DefaultDmnEngineConfiguration configure(DefaultDmnEngineConfiguration dmn) {
    String feel = DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE;
    dmn.enableFeelLegacyBehavior(false)
        .defaultInputExpressionExpressionLanguage(feel)
        .defaultInputEntryExpressionLanguage(feel)
        .defaultOutputEntryExpressionLanguage(feel)
        .defaultLiteralExpressionLanguage(feel)
        .scriptEngineResolver(NO_SCRIPT_ENGINE)
        .elProvider(NO_JUEL);
    if (dmn.getTransformer().getTransformListeners().stream().noneMatch(RefuseCode.class::isInstance)) {
      dmn.getTransformer().getTransformListeners().add(new RefuseCode());
    }
    return dmn;
  }

  static boolean isFeelOnly(DefaultDmnEngineConfiguration dmn) {
    return !dmn.isEnableFeelLegacyBehavior()
        && dmn.getScriptEngineResolver() == NO_SCRIPT_ENGINE && dmn.getElProvider() == NO_JUEL
        && FeelOnly.isFeel(dmn.getDefaultInputExpressionExpressionLanguage())
        && FeelOnly.isFeel(dmn.getDefaultInputEntryExpressionLanguage())
        && FeelOnly.isFeel(dmn.getDefaultOutputEntryExpressionLanguage())
        && FeelOnly.isFeel(dmn.getDefaultLiteralExpressionLanguage())
        && dmn.getTransformer().getTransformListeners().stream().anyMatch(RefuseCode.class::isInstance);
  }

  /** Refuses a table with code as it is parsed, e.g. when a table deployed long ago is loaded into the cache. */
  private static class RefuseCode implements DmnTransformListener {

    @Override
    public void transformDecision(Decision decision, DmnDecision dmnDecision) {
      if (dmnDecision.getDecisionLogic() instanceof DmnDecisionLiteralExpressionImpl literal) {
        refuseUnlessFeel(dmnDecision, literal.getExpression());
      }
    }

    @Override
    public void transformDecisionTableInput(Input input, DmnDecisionTableInputImpl dmnInput) {
      refuseUnlessFeel(null, dmnInput.getExpression());
    }

    @Override
    public void transformDecisionTableRule(Rule rule, DmnDecisionTableRuleImpl dmnRule) {
      dmnRule.getConditions().forEach(condition -> refuseUnlessFeel(null, condition));
      dmnRule.getConclusions().forEach(conclusion -> refuseUnlessFeel(null, conclusion));
    }

    @Override
    public void transformDecisionTableOutput(Output output, DmnDecisionTableOutputImpl dmnOutput) {
    }

    @Override
    public void transformDecisionRequirementsGraph(Definitions definitions, DmnDecisionRequirementsGraph graph) {
    }

    private static void refuseUnlessFeel(DmnDecision decision, DmnExpressionImpl expression) {
      if (expression != null && !FeelOnly.isFeel(expression.getExpressionLanguage())) {
        String id = expression.getId() != null ? expression.getId() : decision != null ? decision.getKey() : "?";
        throw new ProcessEngineException(FeelOnly.REFUSAL + id + " 声明了 " + expression.getExpressionLanguage()
            + "，不予执行；请重新部署只用 FEEL 的决策表");
      }
    }
  }
}
