package com.servicecentre;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * A process test class ({@link Covers}) runs through at least {@link #MINIMUM} of its process's flow nodes and
 * sequence flows. camunda-process-test-coverage writes the report per test class to
 * {@code target/process-test-coverage/<class>/report.html}; this reads its JSON twin once the class has run.
 */
public class ProcessCoverageFloor implements TestExecutionListener, Ordered {

  public static final double MINIMUM = 0.9;

  /** The process a test class is about. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface Covers {
    String value();
  }

  @Override
  public void afterTestClass(TestContext context) throws IOException {
    Covers covers = context.getTestClass().getAnnotation(Covers.class);
    if (covers == null) {
      return;
    }
    Path report = Path.of("target", "process-test-coverage", context.getTestClass().getName(), "report.json");
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    int total = 0;
    for (JsonNode model : json.path("models")) {
      if (covers.value().equals(model.path("key").asText())) {
        total = model.path("totalElementCount").asInt();
      }
    }
    Set<String> passed = new HashSet<>();
    for (JsonNode suite : json.path("suites")) {
      for (JsonNode run : suite.path("runs")) {
        for (JsonNode event : run.path("events")) {
          if (covers.value().equals(event.path("modelKey").asText())) {
            passed.add(event.path("definitionKey").asText());
          }
        }
      }
    }
    double coverage = total == 0 ? 0 : (double) passed.size() / total;
    if (coverage < MINIMUM) {
      throw new AssertionError(String.format("%s covers %.0f%% of %s, below the floor of %.0f%% (report: %s)",
          context.getTestClass().getSimpleName(), coverage * 100, covers.value(), MINIMUM * 100,
          report.resolveSibling("report.html")));
    }
  }

  /** After camunda-process-test-coverage (lowest precedence) has written the class's report. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE - 1;
  }
}
