package com.servicecentre.lead;

import static com.servicecentre.lead.LeadProcess.CAPACITY_CHECK;
import static com.servicecentre.lead.LeadProcess.DESIGNER;
import static com.servicecentre.lead.LeadProcess.DESIGNER_GROUP;
import static com.servicecentre.lead.LeadProcess.DISPATCH_BASIS;
import static com.servicecentre.lead.LeadProcess.ESTIMATED_AMOUNT;
import static com.servicecentre.lead.LeadProcess.FROM_MARKETING;
import static com.servicecentre.lead.LeadProcess.GRADE_AT_HARD_CAP;
import static com.servicecentre.lead.LeadProcess.NO_DESIGNER_AVAILABLE;
import static com.servicecentre.lead.LeadProcess.ORDER_SIZE;
import static com.servicecentre.lead.LeadProcess.PREFERRED_DESIGNER;

import com.servicecentre.common.EngineClock;
import com.servicecentre.lead.DesignerChoice.Candidate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 派单: takes the designers of the grade the size decided from the {@link DesignerPool} and lets
 * {@link DesignerChoice} choose. When nobody is eligible the model takes over: the BPMN error
 * {@link LeadProcess#NO_DESIGNER_AVAILABLE} leads to a forced dispatch, by the account manager within the hard caps
 * or, when the whole grade is at them ({@link LeadProcess#GRADE_AT_HARD_CAP}), by the design manager.
 */
@Component("chooseDesigner")
public class ChooseDesigner implements JavaDelegate {

  private final DesignerPool pool;

  public ChooseDesigner(DesignerPool pool) {
    this.pool = pool;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String grade = DESIGNER_GROUP.from(execution);
    if (grade == null) {
      throw new ProcessEngineException("designer-assignment gave no designer level (orderSize "
          + ORDER_SIZE.from(execution) + ") for estimatedAmount " + ESTIMATED_AMOUNT.from(execution));
    }
    List<Candidate> candidates = pool.of(grade, execution.getTenantId(), EngineClock.now());
    String preferred = Boolean.TRUE.equals(FROM_MARKETING.from(execution)) ? PREFERRED_DESIGNER.from(execution) : null;
    // Kept on the case so that auditors see why this designer (or nobody) was chosen.
    CAPACITY_CHECK.set(execution, DesignerChoice.considered(grade, candidates));
    var choice = DesignerChoice.choose(candidates, preferred);
    DESIGNER.set(execution, choice.map(DesignerChoice.Choice::designer).orElse(null));
    DISPATCH_BASIS.set(execution, choice.map(DesignerChoice.Choice::basis).orElse("none-eligible"));
    if (choice.isEmpty()) {
      GRADE_AT_HARD_CAP.set(execution, DesignerChoice.gradeAtHardCap(candidates));
      throw new BpmnError(NO_DESIGNER_AVAILABLE, "组 " + grade + " 的设计师都已满额");
    }
  }
}
