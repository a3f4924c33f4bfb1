package com.servicecentre.lead;

import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 死单/签单失败: the lead was lost after measurement, before or after the quotation (seed 001 L48–50). */
@Component("recordLostOrder")
public class RecordLostOrder extends RecordFailedLead implements JavaDelegate {

  /** 价格, 服务, 技术, 竞争对手, 客户原因, 其他. */
  public static final List<String> REASONS = List.copyOf(LeadEndings.LOST_REASONS.keySet());

  public RecordLostOrder(LeadRegister register) {
    super(register, LeadRegister.LOST, REASONS);
  }
}
