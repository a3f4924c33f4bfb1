package com.servicecentre.lead;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.lead.LeadProcess.CAPACITY_CHECK;
import static com.servicecentre.lead.LeadProcess.DESIGNER;
import static com.servicecentre.lead.LeadProcess.DISPATCH_BASIS;
import static com.servicecentre.lead.LeadProcess.FORCED_REASON;
import static com.servicecentre.lead.LeadProcess.ORDER_SIZE;

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
    String designer = in.text(DESIGNER.name(), "设计师");
    boolean forced = "none-eligible".equals(DISPATCH_BASIS.from(execution));
    String reason = forced ? in.text(FORCED_REASON.name(), "强制派单理由") : CAPACITY_CHECK.from(execution);
    if (designer != null && !isDesigner(designer)) {
      in.problem(DESIGNER.name(), "设计师", "\"" + designer + "\" 不是设计师");
    }
    in.check();
    String basis = forced ? "forced" : DISPATCH_BASIS.get(execution);
    DISPATCH_BASIS.set(execution, basis);
    register.recordDispatch(CASE_NO.get(execution), ORDER_SIZE.get(execution),
        designer, basis, reason, EngineClock.now());
  }

  private boolean isDesigner(String userId) {
    return DESIGNER_GROUPS.stream()
        .anyMatch(group -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0);
  }
}
