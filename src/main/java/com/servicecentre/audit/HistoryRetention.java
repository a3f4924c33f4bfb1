package com.servicecentre.audit;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long history is kept for audit is one setting, {@code service-centre.history.time-to-live} (ISO days, e.g.
 * P1825D). It is the time to live of every process and decision definition: those the application deploys, those
 * a manager deploys from Modeler (with or without the attribute), and, at start-up, those deployed before the
 * setting changed. History cleanup removes a finished case's history only after this time.
 */
@Component
public class HistoryRetention extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryRetention.class);

  private final String timeToLive;
  private final int days;

  public HistoryRetention(@Value("${service-centre.history.time-to-live}") String timeToLive) {
    this.timeToLive = timeToLive;
    this.days = parse(timeToLive);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryTimeToLive(timeToLive);
    List<BpmnParseListener> bpmn = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    bpmn.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.setHistoryTimeToLive(days);
      }
    });
    configuration.setCustomPostBPMNParseListeners(bpmn);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // The DMN engine's configuration exists only once the engine is initialised.
    configuration.getDmnEngineConfiguration().getTransformer().getTransformListeners().add(new DecisionTimeToLive());
  }

  /** Definitions deployed under an earlier setting follow the current one. */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    RepositoryService repository = engine.getRepositoryService();
    int updated = 0;
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
        repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
        updated++;
      }
    }
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
      if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
        repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
        updated++;
      }
    }
    if (updated > 0) {
      LOG.info("History time to live set to {} days on {} earlier definitions", days, updated);
    }
  }

  private static int parse(String timeToLive) {
    Integer days;
    try {
      days = ParseUtil.parseHistoryTimeToLive(timeToLive);
    } catch (RuntimeException e) {
      days = null;
    }
    if (days == null || days <= 0) {
      throw new IllegalArgumentException("service-centre.history.time-to-live must be a number of days such as "
          + "P1825D (5 years), not '" + timeToLive + "'");
    }
    return days;
  }

  private class DecisionTimeToLive implements DmnTransformListener {
    @Override
    public void transformDecision(Decision decision, DmnDecision dmnDecision) {
      if (dmnDecision instanceof DecisionDefinitionEntity definition) {
        definition.setHistoryTimeToLive(days);
      }
    }

    @Override
    public void transformDecisionTableInput(Input input, DmnDecisionTableInputImpl dmnInput) {
    }

    @Override
    public void transformDecisionTableOutput(Output output, DmnDecisionTableOutputImpl dmnOutput) {
    }

    @Override
    public void transformDecisionTableRule(Rule rule, DmnDecisionTableRuleImpl dmnRule) {
    }

    @Override
    public void transformDecisionRequirementsGraph(Definitions definitions, DmnDecisionRequirementsGraph graph) {
    }
  }
}
