package com.servicecentre.lead;

import static com.servicecentre.lead.LeadProcess.DESIGNER;
import static com.servicecentre.lead.LeadProcess.DESIGNER_GROUP;
import static com.servicecentre.lead.LeadProcess.DISPATCH_BASIS;
import static com.servicecentre.lead.LeadProcess.FORCED_REASON;
import static com.servicecentre.lead.LeadProcess.GRADE_AT_HARD_CAP;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.FormInput;
import com.servicecentre.lead.DesignerChoice.Candidate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing a forced dispatch (强制派单): the designer must be of the order's grade (seed 001: 强制派单 within
 * the grade) and, unless the whole grade was at the day's or week's cap, still under those caps when the dispatch is
 * made. Past the caps only the design manager dispatches; the register then records an exception.
 */
@Component("checkForcedDispatch")
public class CheckForcedDispatch implements TaskListener {

  public static final String FORCED = "forced";
  public static final String OVER_CAP_EXCEPTION = "over-cap-exception";

  private final DesignerPool pool;

  public CheckForcedDispatch(DesignerPool pool) {
    this.pool = pool;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task);
    String designer = in.text(DESIGNER.name(), "设计师");
    in.text(FORCED_REASON.name(), "强制派单理由");
    String grade = DESIGNER_GROUP.get(task.getExecution());
    boolean pastTheCaps = Boolean.TRUE.equals(GRADE_AT_HARD_CAP.from(task.getExecution()));
    if (designer != null) {
      Optional<Candidate> chosen = pool.of(grade, task.getTenantId(), EngineClock.now()).stream()
          .filter(c -> c.id().equals(designer)).findFirst();
      if (chosen.isEmpty()) {
        in.problem(DESIGNER.name(), "设计师", "\"" + designer + "\" 不是本店的" + pool.gradeName(grade)
            + "，只能在本级内派单（本店的设计师）");
      } else if (!pastTheCaps && !chosen.get().underHardCaps()) {
        in.problem(DESIGNER.name(), "设计师", designer + " " + chosen.get().hardCapReached() + "，不能再派");
      }
    }
    in.check();
    DISPATCH_BASIS.set(task.getExecution(), pastTheCaps ? OVER_CAP_EXCEPTION : FORCED);
  }
}
