package com.servicecentre.lead;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 退单: the customer cancelled the contract after signing — a lost order by the seed (与我司签订装修合同后退单…做签单失败
 * 处理, 001 L49), with the lost order's reasons. The register keeps the contract amount it was signed for; status
 * {@code cancelled} tells it apart from a contract never signed.
 *
 * <p>Signing earned commission lines (提成: 每签一单提取产值; the front desk's 每签订一单施工合同). A cancelled
 * contract produces no output value, so none of them stands; but commission is paid with the month's salary
 * (提成随基本工资按月发放), and the lines may already have been paid. So each line gets a reversal of its own — same
 * person and role, the negative amount, booked on the day the cancellation was confirmed — and nothing is deleted:
 * the month it was paid keeps its record and the next month's pay deducts it. Nothing else signing did is undone:
 * the designer's dispatch counts stay (they count dispatches, not contracts), the contract amount stays as
 * history.
 */
@Component("recordCancelledOrder")
public class RecordCancelledOrder extends RecordFailedLead implements JavaDelegate {

  public RecordCancelledOrder(LeadRegister register) {
    super(register, LeadRegister.CANCELLED, RecordLostOrder.REASONS);
  }

  @Override
  void recorded(String leadNo, LocalDateTime at) {
    register().reverseCommissions(leadNo, at);
  }
}
