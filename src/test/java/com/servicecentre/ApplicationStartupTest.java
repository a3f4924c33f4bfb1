package com.servicecentre;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Start-up on the embedded H2 file database, twice, as a user restarting the application would. */
@OwnApplication
public class ApplicationStartupTest {

  @TempDir Path dataDir;

  @Test
  void deploysEveryModelAndRestartDeploysNothingNew() throws IOException {
    assertThat(modelFiles()).isNotEmpty();

    long firstCount;
    try (ConfigurableApplicationContext app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertEveryModelDeployed(engine);
      assertHistoryKeptFor(engine, 1825);
      firstCount = engine.getRepositoryService().createDeploymentQuery().count();
    }
    // An administrator lengthens the retention: the definitions already deployed follow at the restart.
    try (ConfigurableApplicationContext app = start("--service-centre.history.time-to-live=P3650D")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(firstCount);
      assertHistoryKeptFor(engine, 3650);
      assertThat(latestDesignerAssignment(engine).getVersion()).isEqualTo(1);

      // A manager changes a rule from Modeler while the application runs.
      engine.getRepositoryService().createDeployment().name("小单上限调至4万")
          .addString("designer-assignment.dmn", Files.readString(Path.of("decisions/designer-assignment.dmn"))
              .replace("[0..30000]", "[0..40000]").replace("]30000..50000[", "]40000..50000["))
          .deploy();
    }
    // The next release brings a new form; the unchanged tables are not deployed again, so the manager's rule
    // stays in force.
    try (ConfigurableApplicationContext app = start("--camunda.bpm.deployment-resource-pattern="
        + "classpath*:processes/*.bpmn,classpath*:decisions/*.dmn,classpath*:forms/*.form,"
        + "classpath*:next-release/*.form")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(firstCount + 2);
      DecisionDefinition latest = latestDesignerAssignment(engine);
      assertThat(latest.getVersion()).isEqualTo(2);
      assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentId(latest.getDeploymentId())
          .singleResult().getName()).isEqualTo("小单上限调至4万");
    }
  }

  private static DecisionDefinition latestDesignerAssignment(ProcessEngine engine) {
    return engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey("designer-assignment").latestVersion().singleResult();
  }

  private ConfigurableApplicationContext start(String... settings) {
    List<String> args = new java.util.ArrayList<>(List.of("--server.port=0",
        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE"));
    args.addAll(List.of(settings));
    return SpringApplication.run(ServiceCentreApplication.class, args.toArray(String[]::new));
  }

  private static void assertHistoryKeptFor(ProcessEngine engine, int days) {
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().list())
        .isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(days));
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
        .isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(days));
  }

  /** Every file in processes/, decisions/ and forms/ is among the engine's deployed resources. */
  public static void assertEveryModelDeployed(ProcessEngine engine) throws IOException {
    List<String> deployed = engine.getRepositoryService().createDeploymentQuery().list().stream()
        .flatMap(d -> engine.getRepositoryService().getDeploymentResources(d.getId()).stream())
        .map(Resource::getName)
        .toList();
    // Named by their path in the project, the same from the build folder and from the packaged jar.
    assertThat(deployed).containsAll(modelFiles());
  }

  /** Classpath names of every model in processes/, decisions/ and forms/. */
  public static List<String> modelFiles() throws IOException {
    return Stream.of("processes", "decisions", "forms")
        .flatMap(dir -> {
          try (Stream<Path> files = Files.list(Path.of(dir))) {
            return files.map(f -> dir + "/" + f.getFileName()).toList().stream();
          } catch (IOException e) {
            throw new IllegalStateException("cannot list " + dir, e);
          }
        })
        .filter(n -> n.endsWith(".bpmn") || n.endsWith(".dmn") || n.endsWith(".form"))
        .toList();
  }
}
