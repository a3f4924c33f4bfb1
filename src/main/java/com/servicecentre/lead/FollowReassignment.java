package com.servicecentre.lead;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.lead.LeadProcess.DESIGNER;
import static com.servicecentre.lead.LeadProcess.DESIGNER_GROUP;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.InputRefused;
import com.servicecentre.common.StandIns;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/**
 * 改派: when a manager hands a designer's task to another designer, the order goes with it — the later tasks
 * (proposal, quotation) are assigned to the new designer, the register (and so both designers' workload) moves,
 * and the reason is recorded. The reason is the comment the manager wrote on the task before handing it on; without
 * one, or to a designer of another grade, the hand-over is refused. While a designer is away (请假/出差), the deputy
 * holds their tasks without taking the order: it comes back with the tasks.
 */
@Component("followReassignment")
public class FollowReassignment implements TaskListener {

  private final LeadRegister register;
  private final StandIns standIns;

  public FollowReassignment(LeadRegister register, StandIns standIns) {
    this.register = register;
    this.standIns = standIns;
  }

  @Override
  public void notify(DelegateTask task) {
    String newDesigner = task.getAssignee();
    String designer = DESIGNER.get(task.getExecution());
    if (newDesigner == null || newDesigner.equals(designer)) {
      return; // assigned as the task was created, or released
    }
    if (standIns.standsInFor(newDesigner, designer)) {
      return; // the designer is away: the deputy holds the task meanwhile, the order stays the designer's
    }
    ProcessEngineServices engine = task.getProcessEngineServices();
    String grade = DESIGNER_GROUP.get(task.getExecution());
    var sameGrade = engine.getIdentityService().createUserQuery().userId(newDesigner).memberOfGroup(grade);
    if (task.getTenantId() != null) {
      sameGrade.memberOfTenant(task.getTenantId()); // the order stays in its shop
    }
    if (sameGrade.count() == 0) {
      throw new InputRefused(List.of("assignee(设计师): " + newDesigner
          + " 不是本店本单级别的设计师，改派只能在本级内、本店内"));
    }
    Authentication caller = engine.getIdentityService().getCurrentAuthentication();
    String by = caller == null ? null : caller.getUserId();
    String reason = engine.getTaskService().getTaskComments(task.getId()).stream()
        .filter(comment -> by == null || by.equals(comment.getUserId()))
        .max(Comparator.comparing(Comment::getTime))
        .map(Comment::getFullMessage)
        .orElseThrow(() -> new InputRefused(List.of("comment(改派理由): 改派前请先在任务的评论中写明理由")));
    DESIGNER.set(task.getExecution(), newDesigner);
    register.recordReassignment(CASE_NO.get(task.getExecution()), designer, newDesigner,
        (by == null ? "" : by + " 改派: ") + reason, EngineClock.now());
  }
}
