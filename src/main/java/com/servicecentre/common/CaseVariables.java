package com.servicecentre.common;

import static com.servicecentre.common.ProcessVariable.count;
import static com.servicecentre.common.ProcessVariable.flag;
import static com.servicecentre.common.ProcessVariable.text;

/** What every case holds, whatever its process: its number, and the return visit that may reopen it. */
public final class CaseVariables {

  /** The case number (TS000001, BX000001, TF000001, XD000001), also the case's business key. */
  public static final ProcessVariable<String> CASE_NO = text("caseNo");
  public static final ProcessVariable<Boolean> SATISFIED = flag("satisfied");
  public static final ProcessVariable<String> DISSATISFACTION_REASON = text("dissatisfactionReason");
  public static final ProcessVariable<Integer> REOPEN_COUNT = count("reopenCount");

  private CaseVariables() {}
}
