package com.servicecentre.rules;

import com.servicecentre.office.OfficeRules;
import com.servicecentre.common.IsoTime;
import com.servicecentre.rules.WhatIfReport.Change;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;

/**
 * Replays the inputs of the last recorded evaluations of a decision against a candidate table, before anyone
 * deploys it. The candidate runs in a DMN engine of its own, so nothing is deployed and nothing is recorded; it
 * must hold FEEL only, like every table, and that engine evaluates nothing else.
 *
 * <p>For one office ({@code office}) the candidate is compared with the version that office's cases follow (its
 * own, else the shared one, see {@link OfficeRules}) on that office's evaluations; without an office, with the
 * shared version on every recorded evaluation.
 */
@Service
public class WhatIfAnalysis {

  /** The candidate cannot be compared: it does not parse, lacks the decision, or lacks an input. */
  public static class RefusedCandidate extends RuntimeException {
    RefusedCandidate(String message) {
      super(message);
    }
  }

  /** No decision with this key has been deployed. */
  public static class UnknownDecision extends RuntimeException {
    UnknownDecision(String message) {
      super(message);
    }
  }

  private final HistoryService history;
  private final RepositoryService repository;
  private final OfficeRules officeRules;
  private final DmnEngine candidateEngine = FeelOnlyDmnEngine.standaloneEngine();

  public WhatIfAnalysis(HistoryService history, RepositoryService repository, OfficeRules officeRules) {
    this.history = history;
    this.repository = repository;
    this.officeRules = officeRules;
  }

  /** {@code office} null: against the shared version, on every office's evaluations. */
  public WhatIfReport replay(String decisionKey, String office, byte[] candidateDmn, int last) {
    if (candidateDmn == null || candidateDmn.length == 0) {
      throw new RefusedCandidate("没有收到候选 DMN 文件");
    }
    // A candidate with code is refused before any engine parses it, let alone evaluates it.
    try {
      FeelOnly.check("候选文件", candidateDmn);
    } catch (CodeInDecisionTable e) {
      throw new RefusedCandidate(e.getMessage());
    }
    String tenant = officeRules.tenantForOffice(decisionKey, office);
    var current = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).latestVersion();
    DecisionDefinition deployed = (tenant == null ? current.withoutTenantId() : current.tenantIdIn(tenant))
        .singleResult();
    if (deployed == null) {
      throw new UnknownDecision("没有已部署的决策 " + decisionKey);
    }
    DmnDecision candidate = candidateDecision(decisionKey, candidateDmn);
    Map<String, String> deployedInputs = inputsOf(decisionIn(parse(deployed.getId()), decisionKey));
    Map<String, String> candidateInputs = inputsOf(candidate);
    List<String> missing = deployedInputs.keySet().stream().filter(e -> !candidateInputs.containsKey(e))
        .map(e -> deployedInputs.get(e) + " (" + e + ")").toList();
    if (!missing.isEmpty()) {
      throw new RefusedCandidate("候选表缺少现行表 (版本 " + deployed.getVersion() + ") 的输入: "
          + String.join(", ", missing));
    }

    Map<String, Map<String, String>> variableByClause = new HashMap<>();
    Map<String, String> caseKeys = new HashMap<>();
    List<Change> changes = new ArrayList<>();
    var evaluations = history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(decisionKey);
    List<HistoricDecisionInstance> recorded = (office == null ? evaluations : evaluations.tenantIdIn(office))
        .includeInputs().includeOutputs().orderByEvaluationTime().desc()
        .listPage(0, last);
    for (HistoricDecisionInstance evaluation : recorded) {
      Map<String, Object> inputs = recordedInputs(evaluation, variableByClause);
      List<Map<String, Object>> oldOutcome = recordedOutcome(evaluation);
      Object newOutcome;
      boolean same;
      try {
        List<Map<String, Object>> result = new ArrayList<>();
        for (DmnDecisionResultEntries entries : candidateEngine.evaluateDecision(candidate, inputs)) {
          result.add(new LinkedHashMap<>(entries.getEntryMap()));
        }
        newOutcome = result;
        same = normalised(oldOutcome).equals(normalised(result));
      } catch (RuntimeException e) {
        newOutcome = "错误: " + e.getMessage();
        same = false;
      }
      if (!same) {
        changes.add(new Change(caseKey(evaluation.getProcessInstanceId(), caseKeys),
            evaluation.getProcessInstanceId(), IsoTime.of(evaluation.getEvaluationTime()), versionOf(evaluation),
            inputs, oldOutcome, newOutcome));
      }
    }
    return new WhatIfReport(decisionKey, office, tenant != null, deployed.getVersion(), recorded.size(),
        changes.size(), recorded.size() - changes.size(), changes);
  }

  private DmnDecision candidateDecision(String decisionKey, byte[] candidateDmn) {
    List<DmnDecision> decisions;
    try {
      decisions = candidateEngine.parseDecisions(new ByteArrayInputStream(candidateDmn));
    } catch (RuntimeException e) {
      throw new RefusedCandidate("候选文件不是可用的 DMN: " + e.getMessage());
    }
    return decisions.stream().filter(d -> decisionKey.equals(d.getKey())).findFirst()
        .orElseThrow(() -> new RefusedCandidate("候选文件里没有决策 " + decisionKey + "，只有: "
            + String.join(", ", decisions.stream().map(DmnDecision::getKey).toList())));
  }

  private List<DmnDecision> parse(String decisionDefinitionId) {
    try (InputStream model = repository.getDecisionModel(decisionDefinitionId)) {
      return candidateEngine.parseDecisions(model);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read deployed decision " + decisionDefinitionId, e);
    }
  }

  private static DmnDecision decisionIn(List<DmnDecision> decisions, String key) {
    return decisions.stream().filter(d -> key.equals(d.getKey())).findFirst()
        .orElseThrow(() -> new IllegalStateException("deployed model lacks decision " + key));
  }

  /** Input expression → label, of the decision and every decision it requires. */
  private static Map<String, String> inputsOf(DmnDecision decision) {
    Map<String, String> inputs = new LinkedHashMap<>();
    if (decision.getDecisionLogic() instanceof DmnDecisionTableImpl table) {
      for (DmnDecisionTableInputImpl input : table.getInputs()) {
        inputs.put(input.getExpression().getExpression().trim(),
            input.getName() != null ? input.getName() : input.getId());
      }
    }
    decision.getRequiredDecisions().forEach(required -> inputsOf(required).forEach(inputs::putIfAbsent));
    return inputs;
  }

  /**
   * The variables the evaluation saw: each recorded input under its input expression (our tables read plain
   * variables), including the inputs of the decisions it required.
   */
  private Map<String, Object> recordedInputs(HistoricDecisionInstance evaluation,
      Map<String, Map<String, String>> variableByClause) {
    Map<String, Object> variables = new LinkedHashMap<>();
    List<HistoricDecisionInstance> evaluated = new ArrayList<>(List.of(evaluation));
    evaluated.addAll(history.createHistoricDecisionInstanceQuery().rootDecisionInstanceId(evaluation.getId())
        .includeInputs().list().stream().filter(d -> !d.getId().equals(evaluation.getId())).toList());
    for (HistoricDecisionInstance decision : evaluated) {
      Map<String, String> variableOfClause = variableByClause.computeIfAbsent(decision.getDecisionDefinitionId(),
          id -> {
            Map<String, String> byClause = new HashMap<>();
            for (DmnDecision d : parse(id)) {
              if (d.getDecisionLogic() instanceof DmnDecisionTableImpl table) {
                table.getInputs().forEach(i -> byClause.put(i.getId(), i.getExpression().getExpression().trim()));
              }
            }
            return byClause;
          });
      for (HistoricDecisionInputInstance input : decision.getInputs()) {
        variables.putIfAbsent(variableOfClause.getOrDefault(input.getClauseId(), input.getClauseId()), input.getValue());
      }
    }
    return variables;
  }

  private static List<Map<String, Object>> recordedOutcome(HistoricDecisionInstance evaluation) {
    Map<Integer, Map<String, Object>> byRule = new TreeMap<>();
    for (HistoricDecisionOutputInstance output : evaluation.getOutputs()) {
      int order = output.getRuleOrder() == null ? 0 : output.getRuleOrder();
      byRule.computeIfAbsent(order, o -> new LinkedHashMap<>()).put(output.getVariableName(), output.getValue());
    }
    return new ArrayList<>(byRule.values());
  }

  /** 35000 and 35000.0 are the same outcome, and so are a missing and an empty output. */
  private static List<Map<String, String>> normalised(List<Map<String, Object>> outcome) {
    List<Map<String, String>> result = new ArrayList<>();
    for (Map<String, Object> entries : outcome) {
      Map<String, String> normal = new TreeMap<>();
      entries.forEach((name, value) -> {
        if (value instanceof Number number) {
          normal.put(name, new BigDecimal(number.toString()).stripTrailingZeros().toPlainString());
        } else if (value != null) {
          normal.put(name, Objects.toString(value));
        }
      });
      result.add(normal);
    }
    return result;
  }

  private String caseKey(String processInstanceId, Map<String, String> cache) {
    if (processInstanceId == null) {
      return null;
    }
    return cache.computeIfAbsent(processInstanceId, id -> {
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(id)
          .singleResult();
      return instance == null ? null : instance.getBusinessKey();
    });
  }

  private int versionOf(HistoricDecisionInstance evaluation) {
    return repository.getDecisionDefinition(evaluation.getDecisionDefinitionId()).getVersion();
  }

}
