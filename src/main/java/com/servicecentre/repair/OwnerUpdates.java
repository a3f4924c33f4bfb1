package com.servicecentre.repair;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.repair.RepairProcess.AREA_TYPE;
import static com.servicecentre.repair.RepairProcess.PHONE;
import static com.servicecentre.repair.RepairProcess.PLACE;
import static com.servicecentre.repair.RepairProcess.UNIT;
import static com.servicecentre.repair.RepairProcess.URGENCY;

import com.servicecentre.notification.MessageType;
import com.servicecentre.notification.Notification;
import com.servicecentre.notification.NotificationPort;
import com.servicecentre.notification.SendNotification;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Tells the owner (the reporter) about their repair ({@link RepairMessages}). The recording steps write these into
 * the outbox in their own transaction, so a message exists exactly when the step committed; the relay delivers them (SMS or WeChat, as the owner's record allows). The number the reporter
 * gave is the address; without one, an in-home job's unit (its record may hold a number or WeChat id). An urgent
 * job's messages are not held for the night.
 */
@Component
public class OwnerUpdates {

  private final NotificationPort port;
  private final IdentityService identity;

  public OwnerUpdates(NotificationPort port, IdentityService identity) {
    this.port = port;
    this.identity = identity;
  }

  /** Tells the owner, with the case number and place added to the fields given. */
  void tellOwner(DelegateExecution execution, MessageType type, Map<String, String> fields) {
    String recipient = PHONE.from(execution);
    if ((recipient == null || recipient.isBlank()) && "in-home".equals(AREA_TYPE.from(execution))) {
      recipient = UNIT.from(execution);
    }
    if (recipient == null || recipient.isBlank()) {
      return;
    }
    Map<String, String> all = new HashMap<>(fields);
    all.put("caseNo", CASE_NO.get(execution));
    all.put("place", PLACE.get(execution));
    port.send(Notification.of(SendNotification.keyOf(execution) + ":" + type.name(), type, recipient, all,
        "urgent".equals(URGENCY.from(execution)), execution.getProcessInstanceId()));
  }

  /** The technician as the owner knows them: the name, not the login. */
  String nameOf(String login) {
    User user = identity.createUserQuery().userId(login).singleResult();
    if (user == null) {
      return login;
    }
    String name = (user.getLastName() == null ? "" : user.getLastName())
        + (user.getFirstName() == null ? "" : user.getFirstName());
    return name.isBlank() ? login : name;
  }
}
