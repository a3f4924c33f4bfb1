package com.servicecentre;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;

/** Decision tables as a test leaves them: a changed rule is undone the way a manager undoes it. */
public final class TestRules {

  private TestRules() {}

  /** Deploys the table from decisions/ again, so it is the newest version for the next test. */
  public static void restore(ProcessEngine engine, String decisionKey) throws IOException {
    engine.getRepositoryService().createDeployment().name("撤销 " + decisionKey)
        .addString(decisionKey + ".dmn", Files.readString(Path.of("decisions", decisionKey + ".dmn")))
        .deploy();
  }

  public static int latestVersion(ProcessEngine engine, String decisionKey) {
    return engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
        .latestVersion().singleResult().getVersion();
  }
}
