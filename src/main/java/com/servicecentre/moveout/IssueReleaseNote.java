package com.servicecentre.moveout;

import static com.servicecentre.common.CaseVariables.CASE_NO;
import static com.servicecentre.moveout.MoveOutProcess.RELEASE_NOTE_NO;

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
    String caseNo = CASE_NO.get(execution);
    String noteNo = "FX" + caseNo.substring(2);
    register.recordReleaseNote(caseNo, noteNo);
    RELEASE_NOTE_NO.set(execution, noteNo);
  }
}
