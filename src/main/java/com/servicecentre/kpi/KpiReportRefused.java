package com.servicecentre.kpi;

/** A re-run or query of reports that cannot be done: the message names the field, for an HTTP 400. */
public class KpiReportRefused extends RuntimeException {

  public KpiReportRefused(String message) {
    super(message);
  }
}
