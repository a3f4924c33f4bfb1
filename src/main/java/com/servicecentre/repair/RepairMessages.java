package com.servicecentre.repair;

import com.servicecentre.notification.Audiences;
import com.servicecentre.notification.MessageCatalog;
import com.servicecentre.notification.MessageType;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The messages the owner (the reporter) gets about their repair, with the fields their templates
 * (notification/templates.yml) may use: dispatched (who comes, by when), arrived, repaired; and the chase of an
 * outside company whose contract limit passed.
 */
@Component
public class RepairMessages implements MessageCatalog {

  public static final MessageType DISPATCHED =
      MessageType.of("repair-dispatched", Audiences.OWNER, "caseNo", "place", "technician", "arrivalDue");
  public static final MessageType ARRIVED =
      MessageType.of("repair-arrived", Audiences.OWNER, "caseNo", "place", "technician");
  public static final MessageType COMPLETED =
      MessageType.of("repair-completed", Audiences.OWNER, "caseNo", "place", "workDone");

  /** To the outside company (its work-order channel): its contract limit passed, the n-th chase. */
  public static final MessageType VENDOR_CHASE = MessageType.of("repair-vendor-chase", Audiences.OUTSIDE_COMPANY,
      "caseNo", "place", "description", "vendorDue", "chaseNo");

  @Override
  public List<MessageType> messageTypes() {
    return List.of(DISPATCHED, ARRIVED, COMPLETED, VENDOR_CHASE);
  }
}
