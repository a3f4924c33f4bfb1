package com.servicecentre.notification;

import java.util.List;

/** The message types an area sends (a Spring bean each), so that their templates are checked at start-up. */
public interface MessageCatalog {

  List<MessageType> messageTypes();
}
