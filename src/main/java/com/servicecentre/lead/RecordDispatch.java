package com.servicecentre.lead;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.FormInput;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the dispatch into the register; a forced assignment (强制派单) must name a designer and a reason. */
@Component("recordDispatch")
public class RecordDispatch implements JavaDelegate {

  static final List<String> DESIGNER_GROUPS = List.of("designer", "designer-senior", "designer-chief");

  private final LeadRegister register;
  private final IdentityService identity;

  public RecordDispatch(LeadRegister register, IdentityService identity) {
    this.register = register;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = new FormInput(execution);
    String designer = in.text("designer", "设计师");
    boolean forced = "none-eligible".equals(execution.getVariable("dispatchBasis"));
    String reason = forced ? in.text("forcedReason", "强制派单理由") : (String) execution.getVariable("capacityCheck");
    if (designer != null && !isDesigner(designer)) {
      in.problem("designer", "设计师", "\"" + designer + "\" 不是设计师");
    }
    in.check();
    String basis = forced ? "forced" : (String) execution.getVariable("dispatchBasis");
    execution.setVariable("dispatchBasis", basis);
    register.recordDispatch((String) execution.getVariable("leadNo"), (String) execution.getVariable("orderSize"),
        designer, basis, reason, EngineClock.now());
  }

  private boolean isDesigner(String userId) {
    return DESIGNER_GROUPS.stream()
        .anyMatch(group -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0);
  }
}
