package com.servicecentre.common;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The intake of each process, by the process's key. */
@Component
public class CaseIntakes {

  private final Map<String, CaseIntake> byProcess;

  public CaseIntakes(List<CaseIntake> intakes) {
    this.byProcess = intakes.stream().collect(Collectors.toMap(CaseIntake::processKey, Function.identity()));
  }

  public CaseIntake of(DelegateExecution execution) {
    String key = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    CaseIntake intake = byProcess.get(key);
    if (intake == null) {
      throw new IllegalStateException("no CaseIntake for process " + key);
    }
    return intake;
  }
}
