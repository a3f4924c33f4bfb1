package com.servicecentre.moveout;

import static com.servicecentre.moveout.MoveOutProcess.DAMAGES;
import static com.servicecentre.moveout.MoveOutProcess.DAMAGE_COST;
import static com.servicecentre.moveout.MoveOutProcess.DAMAGE_COST_BEFORE_REPAIR;
import static com.servicecentre.moveout.MoveOutProcess.DAMAGES_BEFORE_REPAIR;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The unit goes to repair before hand-over: the repair job charges its own fee to the unit (fee ledger, hence the
 * arrears of the next settlement), so the damage cost the inspector put on the damage being repaired is not kept.
 * It is set aside for reference, and the inspection after the repair charges only what the repair did not cover.
 */
@Component("setAsideRepairedDamage")
public class SetAsideRepairedDamage implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    DAMAGES_BEFORE_REPAIR.set(execution, DAMAGES.from(execution));
    DAMAGE_COST_BEFORE_REPAIR.set(execution, DAMAGE_COST.from(execution));
    execution.removeVariable(DAMAGE_COST.name());
  }
}
