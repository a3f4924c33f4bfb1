package com.servicecentre.office;

import org.camunda.bpm.engine.AuthorizationException;

/** A person who works in no office of the kind that runs a process tries to start one of its cases. */
public class NotInAnyOffice extends AuthorizationException {

  public NotInAnyOffice(String userId, String kind) {
    super(userId + " 不属于任何" + officeWord(kind) + "，不能发起此类案件：请管理员在 Admin 的“租户”中把您加入所属"
        + officeWord(kind));
  }

  private static String officeWord(String kind) {
    return Office.RENOVATION.equals(kind) ? "店面" : "管理处";
  }
}
