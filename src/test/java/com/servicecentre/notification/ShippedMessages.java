package com.servicecentre.notification;

import com.servicecentre.complaint.ComplaintMessages;
import com.servicecentre.kpi.KpiReportMessages;
import com.servicecentre.lead.LeadMessages;
import com.servicecentre.repair.RepairMessages;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every message type the application sends, as the running application gathers them from its catalogues: a test
 * that loads the shipped templates file without Spring must know them all, or the file's check refuses it.
 */
final class ShippedMessages {

  static final List<MessageType> TYPES = Stream.of(new RepairMessages(), new LeadMessages(), new ComplaintMessages(),
      new KpiReportMessages())
      .map(MessageCatalog::messageTypes).flatMap(List::stream).toList();

  private ShippedMessages() {}
}
