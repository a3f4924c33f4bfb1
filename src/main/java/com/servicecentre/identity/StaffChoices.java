package com.servicecentre.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.stereotype.Component;

/**
 * People are chosen from a list, never typed: a user task's property {@code staffChoices}
 * ("maintenanceStaff=maintenance; owners=account-manager,marketing; designers=@designerGroup") gives its form, as
 * the task is created, the members of those groups (or of the group a case variable names, after "@") as
 * {label: 张伟, value: zhangwei}, which a
 * select field shows by its {@code valuesKey}. Names are shown, logins stored. "~handler" lists the person a case
 * variable names by login, for a read-only select that shows who did a step by name ("people=~handler").
 * Only members of the case's office (its tenant) are offered: a repair of 翠湖花园 lists 翠湖花园's technicians.
 */
@Component
public class StaffChoices extends AbstractProcessEnginePlugin {

  static final String STAFF_CHOICES = "staffChoices";

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
              (DelegateTask task) -> offer(task, choices));
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private static void offer(DelegateTask task, Map<String, String> choices) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    choices.forEach((variable, groups) -> {
      Map<String, Map<String, String>> people = new LinkedHashMap<>();
      for (String group : groups.split(",")) {
        if (group.trim().startsWith("~")) {
          // A person the case names by login (handler, designer …), shown read-only by name.
          Object login = task.getVariable(group.trim().substring(1));
          User user = login == null ? null
              : identity.createUserQuery().userId(String.valueOf(login)).singleResult();
          if (user != null) {
            Map<String, String> person = new LinkedHashMap<>();
            person.put("label", nameOf(user));
            person.put("value", user.getId());
            people.putIfAbsent(user.getId(), person);
          }
          continue;
        }
        String groupId = group.trim().startsWith("@") ? (String) task.getVariable(group.trim().substring(1))
            : group.trim();
        if (groupId == null) {
          continue;
        }
        // Only people of the case's office are offered; a case without one (none yet) offers the whole group.
        var members = identity.createUserQuery().memberOfGroup(groupId);
        if (task.getTenantId() != null) {
          members.memberOfTenant(task.getTenantId());
        }
        for (User user : members.orderByUserId().asc().list()) {
          Map<String, String> person = new LinkedHashMap<>();
          person.put("label", nameOf(user));
          person.put("value", user.getId());
          people.putIfAbsent(user.getId(), person);
        }
      }
      task.setVariableLocal(variable, Variables.objectValue(new ArrayList<>(people.values()))
          .serializationDataFormat(SerializationDataFormats.JSON).create());
    });
  }

  /** A Chinese name reads family name first: 张伟, not 伟 张. */
  public static String nameOf(User user) {
    String name = (blankIfNull(user.getLastName()) + blankIfNull(user.getFirstName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }

  private static String blankIfNull(String text) {
    return text == null ? "" : text.trim();
  }

  private static Map<String, String> choices(Element userTask) {
    Element extensions = userTask.element("extensionElements");
    Element properties = extensions == null ? null
        : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    Map<String, String> choices = new LinkedHashMap<>();
    if (properties != null) {
      for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
        if (STAFF_CHOICES.equals(property.attribute("name"))) {
          for (String choice : property.attribute("value").split(";")) {
            String[] parts = choice.trim().split("=");
            choices.put(parts[0].trim(), parts[1].trim());
          }
        }
      }
    }
    return choices;
  }
}
