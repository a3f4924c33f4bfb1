package com.servicecentre.repair;

import static com.servicecentre.repair.RepairProcess.CHARGE_QUANTITY;
import static com.servicecentre.repair.RepairProcess.CHARGE_SERVICE;
import static com.servicecentre.repair.RepairProcess.FEE;
import static com.servicecentre.repair.RepairProcess.PER_QUANTITY;
import static com.servicecentre.repair.RepairProcess.UNIT_PRICE;

import com.servicecentre.common.FormInput;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 按价目表计费: the service the technician picked, priced by the table repair-price-list (the step before), times
 * the quantity where the service is priced per unit. Runs in the technician's submission, so a service that is
 * not in the list, or a missing quantity, is refused there (400) naming the field; the fee is never typed.
 */
@Component("calculateRepairCharge")
public class CalculateRepairCharge implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = new FormInput(execution);
    String service = in.text(CHARGE_SERVICE.name(), "有偿服务项目");
    BigDecimal quantity = in.optionalPositiveNumber(CHARGE_QUANTITY.name(), "数量");
    if (quantity != null && quantity.stripTrailingZeros().scale() > 2) {
      in.problem(CHARGE_QUANTITY.name(), "数量", "最多两位小数");
    }
    BigDecimal unitPrice = UNIT_PRICE.from(execution);
    boolean perQuantity = Boolean.TRUE.equals(PER_QUANTITY.from(execution));
    if (service != null && unitPrice == null) {
      in.problem(CHARGE_SERVICE.name(), "有偿服务项目", "\"" + service + "\" 不在价目表中");
    }
    if (unitPrice != null && perQuantity && quantity == null) {
      in.problem(CHARGE_QUANTITY.name(), "数量", "按数量计价的项目必填");
    }
    in.check();
    FEE.set(execution, new RepairCharge(unitPrice, perQuantity, perQuantity ? quantity : BigDecimal.ONE).amount());
    CHARGE_QUANTITY.set(execution, perQuantity ? quantity : BigDecimal.ONE);
  }
}
