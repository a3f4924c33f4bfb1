package com.servicecentre.lead;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.lead.LeadProcess.CUSTOMER_NAME;
import static com.servicecentre.lead.LeadProcess.LOSS_REASON;
import static com.servicecentre.lead.LeadProcess.LOSS_STAGE;
import static com.servicecentre.lead.LeadProcess.OUTCOME_NOTES;

import com.servicecentre.notification.Notification;
import com.servicecentre.notification.NotificationPort;
import com.servicecentre.notification.SendNotification;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 跑单通报: a lead that came to nothing, confirmed by the design manager, is reported to the shop manager (会知店面经理)
 * and to the general manager's office (the seed faxes it to 总经办), each a message of its own.
 */
@Component("reportLeadLoss")
public class ReportLeadLoss implements JavaDelegate {

  /** 店面经理, 总经办. */
  static final List<String> TOLD = List.of("shop-manager", "general-office");

  private final NotificationPort port;

  public ReportLeadLoss(NotificationPort port) {
    this.port = port;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String notes = OUTCOME_NOTES.from(execution);
    Map<String, String> fields = Map.of(
        "caseNo", CASE_NO.get(execution),
        "customerName", CUSTOMER_NAME.get(execution),
        "stage", LeadEndings.stageLabel(LOSS_STAGE.get(execution)),
        "reason", LeadEndings.reasonLabel(LOSS_REASON.get(execution)),
        "notes", notes == null || notes.isBlank() ? "无" : notes);
    String key = SendNotification.keyOf(execution);
    for (String group : TOLD) {
      port.send(Notification.of(key + ":" + group, LeadMessages.LEAD_LOST, group, fields, false,
          execution.getProcessInstanceId()));
    }
  }
}
