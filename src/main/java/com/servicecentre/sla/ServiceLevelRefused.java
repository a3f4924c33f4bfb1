package com.servicecentre.sla;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A time limit that cannot be counted because a rule says something wrong: a decision table returned a calendar that
 * does not exist or a limit nobody can read. The start or completion that needed it is refused as a whole, with
 * this Chinese sentence, and nothing changes; the manager corrects the table.
 */
public class ServiceLevelRefused extends ProcessEngineException {

  public ServiceLevelRefused(String message) {
    super("时限规则有误 — " + message + "。请管理处主任更正决策表或工作日历，未作任何更改");
  }
}
