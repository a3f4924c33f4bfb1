package com.servicecentre.moveout;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 放行条: issued once the account is closed; its number follows the case number. */
@Component("issueReleaseNote")
public class IssueReleaseNote implements JavaDelegate {

  private final MoveOutRegister register;

  public IssueReleaseNote(MoveOutRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = (String) execution.getVariable("caseNo");
    String noteNo = "FX" + caseNo.substring(2);
    register.recordReleaseNote(caseNo, noteNo);
    execution.setVariable("releaseNoteNo", noteNo);
  }
}
