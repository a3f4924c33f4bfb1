package com.servicecentre.moveout;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The refund-approval table's chain ("cs-supervisor,office-manager") as the list a sequential approval runs over. */
@Component("approvalSteps")
public class ApprovalSteps {

  public List<String> of(String chain) {
    if (chain == null || chain.isBlank()) {
      throw new IllegalArgumentException("refund-approval gave no approvers");
    }
    return Arrays.stream(chain.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
