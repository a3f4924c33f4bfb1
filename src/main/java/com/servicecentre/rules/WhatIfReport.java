package com.servicecentre.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * What a candidate table would have decided for the last recorded evaluations of a decision. {@code case} is the
 * business key of the case that asked (empty for an evaluation outside any case). {@code office}: the office asked
 * about (null: all); {@code officeVersion}: whether the version compared is that office's own (else the shared one).
 */
public record WhatIfReport(String decisionKey, String office, boolean officeVersion, int deployedVersion,
    int replayed, int changed, int unchanged, List<Change> changes) {

  public record Change(@JsonProperty("case") String caseKey, String processInstanceId, String evaluatedAt, int evaluatedVersion,
      Map<String, Object> inputs, List<Map<String, Object>> oldOutcome, Object newOutcome) {}
}
