package com.servicecentre.notification;

/**
 * A channel could not deliver. {@code permanent}: trying again cannot help (an invalid number, an unknown WeChat
 * user, a template the provider refuses), so the row is flagged at once; otherwise it is tried again later. The
 * reason is shown to administrators: it names the provider's code, never a key, token or class name.
 */
public class DeliveryFailed extends RuntimeException {

  private final boolean permanent;

  public DeliveryFailed(String reason, boolean permanent) {
    super(reason);
    this.permanent = permanent;
  }

  public boolean permanent() {
    return permanent;
  }
}
