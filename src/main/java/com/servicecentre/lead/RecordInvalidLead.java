package com.servicecentre.lead;

import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 无效单: the lead came to nothing before measurement (seed 001 L44–47). */
@Component("recordInvalidLead")
public class RecordInvalidLead extends RecordFailedLead implements JavaDelegate {

  /** 信息虚假/联系不上, 无装修计划, 合同额过低, 其他. */
  public static final List<String> REASONS = List.copyOf(LeadEndings.INVALID_REASONS.keySet());

  public RecordInvalidLead(LeadRegister register) {
    super(register, LeadRegister.INVALID, REASONS);
  }
}
