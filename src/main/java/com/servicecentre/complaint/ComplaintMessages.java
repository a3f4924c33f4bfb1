package com.servicecentre.complaint;

import com.servicecentre.notification.Audiences;
import com.servicecentre.notification.MessageCatalog;
import com.servicecentre.notification.MessageType;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The complaint's messages to staff, with the fields their templates (notification/templates.yml) may use: the
 * outcome the office manager is told once a complaint is handled (事事有着落，件件有回音), and each step done,
 * told to the complaint's owner, the clerk who took it (首问责任制).
 */
@Component
public class ComplaintMessages implements MessageCatalog {

  public static final MessageType OUTCOME = MessageType.of("complaint-outcome", Audiences.STAFF,
      "caseNo", "category", "department", "fix", "result");
  public static final MessageType PROGRESS = MessageType.of("complaint-progress", Audiences.STAFF,
      "caseNo", "step", "doneBy");

  @Override
  public List<MessageType> messageTypes() {
    return List.of(OUTCOME, PROGRESS);
  }
}
