package com.servicecentre.lead;

/**
 * 提成, without the engine: a signed order earns its lead owner the commission, except a marketing lead without a
 * transfer slip signed by both managers (无传递单…不计提成).
 */
public final class Commission {

  private Commission() {}

  public static boolean earned(boolean fromMarketing, boolean hasTransferSlip, boolean slipApproved) {
    return !fromMarketing || (hasTransferSlip && slipApproved);
  }
}
