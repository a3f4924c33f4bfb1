package com.servicecentre.lead;

import com.servicecentre.notification.Audiences;
import com.servicecentre.notification.MessageCatalog;
import com.servicecentre.notification.MessageType;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The message about a lead that came to nothing (跑单通报), for the shop manager and the general manager's office:
 * the seed's fax to 总经办 and its 会知店面经理. Fields its template (notification/templates.yml) may use.
 */
@Component
public class LeadMessages implements MessageCatalog {

  public static final MessageType LEAD_LOST =
      MessageType.of("lead-lost", Audiences.STAFF, "caseNo", "customerName", "stage", "reason", "notes");

  @Override
  public List<MessageType> messageTypes() {
    return List.of(LEAD_LOST);
  }
}
