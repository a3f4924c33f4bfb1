package com.servicecentre.rules;

import com.servicecentre.office.OfficeRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Items are chosen from a decision table that a department maintains, never typed: a user task's property
 * {@code decisionChoices} ("priceList=repair-price-list|{label}：{unitPrice}元/{unit}") gives its form, as the task is
 * created, one {label, value} per rule of the latest version of that table, which a select field shows by its
 * {@code valuesKey}. The value is the rule's first input (a FEEL string literal, e.g. "tap-replace"); the label
 * fills in the rule's outputs by name. Rules whose first input is not a single literal (a catch-all) are not
 * offered. The table is the organisation's: it is read whatever the person before may read; an office with a version
 * of its own ({@link OfficeRules}) offers its cases the items of that version.
 */
@Component
public class DecisionChoices extends AbstractProcessEnginePlugin {

  static final String DECISION_CHOICES = "decisionChoices";
  private static final Pattern LITERAL = Pattern.compile("\\s*\"([^\"]*)\"\\s*");
  private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  private final OfficeRules officeRules;

  public DecisionChoices(OfficeRules officeRules) {
    this.officeRules = officeRules;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        Map<String, String> choices = choices(userTask);
        if (!choices.isEmpty() && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE,
              (DelegateTask task) -> Context.getCommandContext().runWithoutAuthorization(() -> {
                offer(task, choices);
                return null;
              }));
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private void offer(DelegateTask task, Map<String, String> choices) {
    var repository = task.getProcessEngineServices().getRepositoryService();
    choices.forEach((variable, spec) -> {
      String decisionKey = spec.contains("|") ? spec.substring(0, spec.indexOf('|')).trim() : spec.trim();
      String labelTemplate = spec.contains("|") ? spec.substring(spec.indexOf('|') + 1) : null;
      String tenant = officeRules.tenantForOffice(decisionKey, task.getTenantId());
      var query = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).latestVersion();
      DecisionDefinition definition = (tenant == null ? query.withoutTenantId() : query.tenantIdIn(tenant))
          .singleResult();
      List<Map<String, String>> offered = new ArrayList<>();
      if (definition != null) {
        DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
        Decision decision = model.getModelElementById(decisionKey);
        if (decision != null && decision.getExpression() instanceof DecisionTable table) {
          List<Output> outputs = new ArrayList<>(table.getOutputs());
          for (Rule rule : table.getRules()) {
            Matcher value = LITERAL.matcher(rule.getInputEntries().iterator().next().getTextContent());
            if (!value.matches()) {
              continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            int i = 0;
            for (var entry : rule.getOutputEntries()) {
              String text = entry.getTextContent().trim();
              Matcher literal = LITERAL.matcher(text);
              row.put(outputs.get(i++).getName(), literal.matches() ? literal.group(1) : text);
            }
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", label(labelTemplate, row, value.group(1)));
            option.put("value", value.group(1));
            offered.add(option);
          }
        }
      }
      task.setVariableLocal(variable, Variables.objectValue(offered)
          .serializationDataFormat(SerializationDataFormats.JSON).create());
    });
  }

  static String label(String template, Map<String, String> outputs, String value) {
    if (template == null) {
      return outputs.isEmpty() ? value : outputs.values().iterator().next();
    }
    Matcher field = FIELD.matcher(template);
    StringBuilder label = new StringBuilder();
    while (field.find()) {
      field.appendReplacement(label, Matcher.quoteReplacement(outputs.getOrDefault(field.group(1), "")));
    }
    field.appendTail(label);
    return label.toString();
  }

  private static Map<String, String> choices(Element userTask) {
    Element extensions = userTask.element("extensionElements");
    Element properties = extensions == null ? null
        : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    Map<String, String> choices = new LinkedHashMap<>();
    if (properties != null) {
      for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
        if (DECISION_CHOICES.equals(property.attribute("name"))) {
          for (String choice : property.attribute("value").split(";")) {
            String[] parts = choice.trim().split("=", 2);
            choices.put(parts[0].trim(), parts[1].trim());
          }
        }
      }
    }
    return choices;
  }
}
