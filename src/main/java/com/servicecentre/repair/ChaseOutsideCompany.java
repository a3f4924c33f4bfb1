package com.servicecentre.repair;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.repair.RepairProcess.DESCRIPTION;
import static com.servicecentre.repair.RepairProcess.PLACE;
import static com.servicecentre.repair.RepairProcess.TRADE;
import static com.servicecentre.repair.RepairProcess.URGENCY;
import static com.servicecentre.repair.RepairProcess.VENDOR_DUE;

import com.servicecentre.common.EngineClock;
import com.servicecentre.notification.CaseFields;
import com.servicecentre.notification.Notification;
import com.servicecentre.notification.NotificationPort;
import com.servicecentre.notification.SendNotification;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 催办外包: the outside company's contract limit has passed and its report is not in: it is chased through its
 * work-order channel, again on each turn of the chase cycle the table repair-team gives (until the dispatcher
 * records the report, which ends the cycle). Each chase is numbered; a retried job sends nothing twice.
 */
@Component("chaseOutsideCompany")
public class ChaseOutsideCompany implements JavaDelegate {

  private final NotificationPort port;

  public ChaseOutsideCompany(NotificationPort port) {
    this.port = port;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var due = VENDOR_DUE.get(execution);
    if (due.toInstant().isAfter(EngineClock.instant())) {
      return;
    }
    String key = SendNotification.keyOf(execution);
    String chaseNo = key.substring(key.lastIndexOf(':') + 1);
    port.send(Notification.of(key + ":" + RepairMessages.VENDOR_CHASE.name(), RepairMessages.VENDOR_CHASE,
        "outsourced-" + TRADE.get(execution),
        Map.of("caseNo", CASE_NO.get(execution), "place", PLACE.get(execution),
            "description", DESCRIPTION.get(execution), "vendorDue", CaseFields.time(due), "chaseNo", chaseNo),
        "urgent".equals(URGENCY.from(execution)), execution.getProcessInstanceId()));
  }
}
