package com.servicecentre.handover;

import java.util.List;

/** An absence that cannot be entered or changed: the HTTP status and every problem, each naming its field. */
public class AbsenceRefused extends RuntimeException {

  private final int status;

  public AbsenceRefused(int status, List<String> problems) {
    super(String.join("; ", problems));
    this.status = status;
  }

  public int status() {
    return status;
  }
}
