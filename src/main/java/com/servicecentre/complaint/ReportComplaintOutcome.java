package com.servicecentre.complaint;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.complaint.ComplaintProcess.CATEGORY;
import static com.servicecentre.complaint.ComplaintProcess.PROPOSED_FIX;
import static com.servicecentre.complaint.ComplaintProcess.RESPONSIBLE_GROUP;
import static com.servicecentre.complaint.ComplaintProcess.RESULT;

import com.servicecentre.notification.Notification;
import com.servicecentre.notification.NotificationPort;
import com.servicecentre.notification.SendNotification;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * 事事有着落，件件有回音: once a complaint is handled, the office's general manager (管理处主任, group office-manager)
 * is told the outcome: the department, the fix decided and the result. Asynchronous, like every notification step.
 */
@Component("reportComplaintOutcome")
public class ReportComplaintOutcome implements JavaDelegate {

  public static final String OFFICE_MANAGER = "office-manager";

  private final NotificationPort notifications;

  public ReportComplaintOutcome(NotificationPort notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String groupId = RESPONSIBLE_GROUP.from(execution);
    Group group = groupId == null ? null
        : execution.getProcessEngineServices().getIdentityService().createGroupQuery().groupId(groupId).singleResult();
    String fix = PROPOSED_FIX.from(execution);
    notifications.send(Notification.of(SendNotification.keyOf(execution), ComplaintMessages.OUTCOME, OFFICE_MANAGER,
        Map.of("caseNo", CASE_NO.get(execution),
            "category", Complaint.categoryName(CATEGORY.get(execution)),
            "department", group != null && group.getName() != null ? group.getName()
                : groupId != null ? groupId : "客服中心",
            "fix", fix != null ? fix : "当场处理",
            "result", RESULT.get(execution)),
        false, execution.getProcessInstanceId()));
  }
}
