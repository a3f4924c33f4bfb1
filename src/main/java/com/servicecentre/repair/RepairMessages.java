package com.servicecentre.repair;

import com.servicecentre.notification.Audiences;
import com.servicecentre.notification.MessageCatalog;
import com.servicecentre.notification.MessageType;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The messages the owner (the reporter) gets about their repair, with the fields their templates
 * (notification/templates.yml) may use: dispatched (who comes, by when), arrived, repaired.
 */
@Component
public class RepairMessages implements MessageCatalog {

  public static final MessageType DISPATCHED =
      MessageType.of("repair-dispatched", Audiences.OWNER, "caseNo", "place", "technician", "arrivalDue");
  public static final MessageType ARRIVED =
      MessageType.of("repair-arrived", Audiences.OWNER, "caseNo", "place", "technician");
  public static final MessageType COMPLETED =
      MessageType.of("repair-completed", Audiences.OWNER, "caseNo", "place", "workDone");

  @Override
  public List<MessageType> messageTypes() {
    return List.of(DISPATCHED, ARRIVED, COMPLETED);
  }
}
