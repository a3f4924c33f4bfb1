package com.servicecentre.lead;

import static com.servicecentre.lead.LeadProcess.CAPACITY_CHECK;
import static com.servicecentre.lead.LeadProcess.DESIGNER;
import static com.servicecentre.lead.LeadProcess.DESIGNER_GROUP;
import static com.servicecentre.lead.LeadProcess.DISPATCH_BASIS;
import static com.servicecentre.lead.LeadProcess.ESTIMATED_AMOUNT;
import static com.servicecentre.lead.LeadProcess.FROM_MARKETING;
import static com.servicecentre.lead.LeadProcess.NO_DESIGNER_AVAILABLE;
import static com.servicecentre.lead.LeadProcess.ORDER_SIZE;
import static com.servicecentre.lead.LeadProcess.PREFERRED_DESIGNER;

import com.servicecentre.common.EngineClock;
import com.servicecentre.lead.DesignerChoice.Candidate;
import com.servicecentre.lead.DesignerChoice.Caps;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 派单: gathers the designers of the grade the size decided, their orders (register) and their caps (the newest
 * designer-capacity table), and lets {@link DesignerChoice} choose. When nobody is eligible the model takes over:
 * the BPMN error {@link LeadProcess#NO_DESIGNER_AVAILABLE} leads to the account manager's forced dispatch.
 */
@Component("chooseDesigner")
public class ChooseDesigner implements JavaDelegate {

  private final LeadRegister register;
  private final IdentityService identity;
  private final DecisionService decisions;

  public ChooseDesigner(LeadRegister register, IdentityService identity, DecisionService decisions) {
    this.register = register;
    this.identity = identity;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String grade = DESIGNER_GROUP.from(execution);
    if (grade == null) {
      throw new ProcessEngineException("designer-assignment gave no designer level (orderSize "
          + ORDER_SIZE.from(execution) + ") for estimatedAmount " + ESTIMATED_AMOUNT.from(execution));
    }
    LocalDateTime now = EngineClock.now();
    List<Candidate> candidates = identity.createUserQuery().memberOfGroup(grade).orderByUserId().asc().list()
        .stream().map(user -> new Candidate(user.getId(), register.workload(user.getId(), now),
            caps(user.getId(), now)))
        .toList();
    String preferred = Boolean.TRUE.equals(FROM_MARKETING.from(execution)) ? PREFERRED_DESIGNER.from(execution) : null;
    // Kept on the case so that auditors see why this designer (or nobody) was chosen.
    CAPACITY_CHECK.set(execution, DesignerChoice.considered(grade, candidates));
    var choice = DesignerChoice.choose(candidates, preferred);
    DESIGNER.set(execution, choice.map(DesignerChoice.Choice::designer).orElse(null));
    DISPATCH_BASIS.set(execution, choice.map(DesignerChoice.Choice::basis).orElse("none-eligible"));
    if (choice.isEmpty()) {
      throw new BpmnError(NO_DESIGNER_AVAILABLE, "组 " + grade + " 的设计师都已满额");
    }
  }

  private Caps caps(String designer, LocalDateTime now) {
    DmnDecisionResultEntries limits = decisions.evaluateDecisionByKey("designer-capacity")
        .variables(Map.of("month", now.getMonthValue(), "designer", designer))
        .evaluate()
        .getSingleResult();
    return new Caps(limit(limits, "openOrdersLimit"), limit(limits, "dailyLimit"), limit(limits, "weeklyLimit"));
  }

  private static int limit(DmnDecisionResultEntries limits, String name) {
    Object value = limits.getEntry(name);
    return value == null ? 0 : ((Number) value).intValue();
  }
}
