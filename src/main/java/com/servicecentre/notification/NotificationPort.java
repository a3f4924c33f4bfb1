package com.servicecentre.notification;

/** Where every process's notifications leave the application. */
public interface NotificationPort {

  /** Sends once per key; a repeated key (a retried job) sends nothing more. */
  void send(Notification notification);
}
