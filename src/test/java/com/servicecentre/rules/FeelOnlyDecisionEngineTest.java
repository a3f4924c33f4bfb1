package com.servicecentre.rules;

import static com.servicecentre.rules.CodeInTables.fileCreatingJuel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.servicecentre.ServiceCentreTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Defence in depth: a table with code that got past the deployment check (deployed before it existed, or put into
 * the database by other means) still runs no code. The engines evaluate FEEL only.
 */
@ServiceCentreTest
class FeelOnlyDecisionEngineTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired WhatIfAnalysis whatIf;

  @TempDir Path tempDir;

  @Test
  void tableWithJuelAlreadyInTheDatabaseIsRefusedWhenEvaluatedAndRunsNothing() {
    Path file = tempDir.resolve("created-by-old-table");
    String deploymentId = engine.getRepositoryService().createDeployment().name("code-probe")
        .addString("code-probe.dmn", probe("<outputEntry id=\"probe-out\"><text>\"ok\"</text></outputEntry>"))
        .deploy().getId();
    assertThat(evaluateProbe()).isEqualTo("ok");

    // As if it had been deployed before the check: the stored table now holds JUEL, and the cache is cold.
    jdbc.update("update ACT_GE_BYTEARRAY set BYTES_ = ? where DEPLOYMENT_ID_ = ? and NAME_ = ?",
        probe("<outputEntry id=\"probe-out\" expressionLanguage=\"juel\"><text>" + fileCreatingJuel(file)
            + "</text></outputEntry>").getBytes(StandardCharsets.UTF_8), deploymentId, "code-probe.dmn");
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getDeploymentCache().discardDecisionDefinitionCache();
    configuration.getDeploymentCache().discardDecisionRequirementsDefinitionCache();

    Throwable refusal = catchRefusal(this::evaluateProbe);

    assertThat(file).doesNotExist();
    assertThat(refusal).isNotNull().hasStackTraceContaining("只能使用 FEEL").hasStackTraceContaining("probe-out");
  }

  @Test
  void processEngineDmnEngineHasNoScriptEngineAndNoJuel() {
    DefaultDmnEngineConfiguration dmn =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDmnEngineConfiguration();
    assertFeelOnly(dmn);
    // The process engine's DMN engine parses inside a command (it reads the engine's settings there).
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      assertDoesNotEvaluate(configuration.getDmnEngine());
      return null;
    });
  }

  @Test
  void whatIfsOwnDmnEngineHasNoScriptEngineAndNoJuel() {
    DmnEngine candidateEngine = (DmnEngine) ReflectionTestUtils.getField(whatIf, "candidateEngine");
    assertFeelOnly((DefaultDmnEngineConfiguration) candidateEngine.getConfiguration());
    assertDoesNotEvaluate(candidateEngine);
  }

  private static void assertFeelOnly(DefaultDmnEngineConfiguration dmn) {
    String feel = DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE;
    assertThat(dmn.getDefaultInputExpressionExpressionLanguage()).isEqualTo(feel);
    assertThat(dmn.getDefaultInputEntryExpressionLanguage()).isEqualTo(feel);
    assertThat(dmn.getDefaultOutputEntryExpressionLanguage()).isEqualTo(feel);
    assertThat(dmn.getDefaultLiteralExpressionLanguage()).isEqualTo(feel);
    assertThat(dmn.isEnableFeelLegacyBehavior()).isFalse();
    assertThat(catchRefusal(() -> dmn.getScriptEngineResolver().getScriptEngineForLanguage("javascript")))
        .isNotNull().hasMessageContaining("javascript");
    assertThat(catchRefusal(() -> dmn.getElProvider().createExpression("${1 + 1}"))).isNotNull()
        .hasMessageContaining("juel");
  }

  /** Even a table parsed straight into the engine, past every check, does not run its JUEL or script. */
  private void assertDoesNotEvaluate(DmnEngine dmnEngine) {
    assertThat(dmnEngine).isNotNull();
    for (String language : new String[] {"juel", "javascript", "groovy", "python"}) {
      Path file = tempDir.resolve("created-by-" + language);
      String code = language.equals("juel") ? fileCreatingJuel(file)
          : "new java.io.File('" + file + "').createNewFile()";
      Throwable refusal = catchRefusal(() -> {
        DmnDecision decision = dmnEngine.parseDecision("code-probe", new ByteArrayInputStream(probe(
            "<outputEntry id=\"probe-out\" expressionLanguage=\"" + language + "\"><text>" + code
                + "</text></outputEntry>").getBytes(StandardCharsets.UTF_8)));
        return dmnEngine.evaluateDecisionTable(decision, Variables.createVariables().putValue("x", 1))
            .getSingleResult().getSingleEntry();
      });
      assertThat(file).as(language).doesNotExist();
      assertThat(refusal).as(language).isNotNull().hasStackTraceContaining("FEEL");
    }
  }

  private Object evaluateProbe() {
    return engine.getDecisionService().evaluateDecisionTableByKey("code-probe",
        Variables.createVariables().putValue("x", 1)).getSingleResult().getSingleEntry();
  }

  private static Throwable catchRefusal(java.util.concurrent.Callable<?> call) {
    try {
      call.call();
      return null;
    } catch (Exception e) {
      return e;
    }
  }

  private static String probe(String outputEntry) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="code-probe-definitions" name="probe"
            namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="code-probe" name="探针">
            <decisionTable id="code-probe-table">
              <input id="probe-in" label="x">
                <inputExpression id="probe-in-expression" typeRef="integer"><text>x</text></inputExpression>
              </input>
              <output id="probe-output" name="y" typeRef="string" />
              <rule id="probe-rule">
                <inputEntry id="probe-any"><text>-</text></inputEntry>
                %s
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(outputEntry);
  }
}
