package com.servicecentre.lead;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.stereotype.Component;

/**
 * The design manager's confirmation offers the reasons of the ending being confirmed: an invalid lead's
 * (before measuring) or a lost order's. One form serves both steps, so its reason list is the task's
 * {@code lossReasons}, and a reason of the other list, which the register step would refuse, is never offered.
 */
@Component("offerLossReasons")
public class OfferLossReasons implements TaskListener {

  static final String LOSS_REASONS = "lossReasons";

  @Override
  public void notify(DelegateTask task) {
    Map<String, String> reasons = "confirmInvalidLead".equals(task.getTaskDefinitionKey())
        ? LeadEndings.INVALID_REASONS : LeadEndings.LOST_REASONS;
    List<Map<String, String>> offered = new ArrayList<>();
    reasons.forEach((value, label) -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", label);
      option.put("value", value);
      offered.add(option);
    });
    task.setVariableLocal(LOSS_REASONS, Variables.objectValue(offered)
        .serializationDataFormat(SerializationDataFormats.JSON).create());
  }
}
