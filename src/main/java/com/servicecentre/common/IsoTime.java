package com.servicecentre.common;

import java.text.SimpleDateFormat;
import java.util.Date;

/** Times shown to auditors and managers: ISO-8601 to the second, with the server's offset. */
public final class IsoTime {

  private IsoTime() {}

  public static String of(Date date) {
    // MySQL keeps engine times to the second (sendFractionalSeconds=false), so milliseconds would not compare.
    return date == null ? null : new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ssXXX").format(date);
  }
}
