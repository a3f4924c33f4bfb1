package com.servicecentre.repair;

import static com.servicecentre.repair.RepairProcess.OWNER_CONFIRMED;

import com.servicecentre.common.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing 业主确认费用: the fee is the price list's (computed, shown read-only); the owner's confirmation is
 * checked as the clerk submits, so a missing one is refused there (400) and not found later by the booking, which
 * runs on its own.
 */
@Component("checkRepairCharge")
public class CheckRepairCharge implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormInput in = new FormInput(task);
    if (!in.flag(OWNER_CONFIRMED.name())) {
      in.problem(OWNER_CONFIRMED.name(), "业主确认", "业主确认费用后才能入账");
    }
    in.check();
  }
}
