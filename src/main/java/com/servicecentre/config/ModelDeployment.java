package com.servicecentre.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models under their path in the project ({@code processes/complaint-handling.bpmn}), not under
 * the path of the file on this machine: the starter names a file on disk by its absolute path and a file in the
 * packaged jar by its bare name, so switching between {@code mvn spring-boot:run} and {@code java -jar} made
 * every model look new. With stable names only a real change makes a new version, whichever way the
 * application runs.
 */
@Component
public class ModelDeployment extends DefaultDeploymentConfiguration implements CamundaDeploymentConfiguration {

  private static final String CLASSPATH = "classpath*:";

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    if (camundaBpmProperties.isAutoDeploymentEnabled()) {
      configuration.setDeploymentResources(resources(camundaBpmProperties.getDeploymentResourcePattern(),
          getClass().getClassLoader()));
    }
  }

  /** Every file the patterns find, named by the folder of its pattern and its file name. */
  static Resource[] resources(String[] patterns, ClassLoader classLoader) {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
    List<Resource> named = new ArrayList<>();
    for (String pattern : patterns) {
      String folder = folderOf(pattern);
      try {
        for (Resource resource : resolver.getResources(pattern)) {
          if (resource.isReadable() && resource.getFilename() != null && !resource.getFilename().isEmpty()) {
            named.add(new NamedResource(folder + resource.getFilename(), resource));
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read models " + pattern + ": " + e.getMessage(), e);
      }
    }
    named.sort(Comparator.comparing(Resource::getDescription));
    return named.toArray(Resource[]::new);
  }

  /** {@code classpath*:processes/*.bpmn} → {@code processes/}. */
  static String folderOf(String pattern) {
    String path = pattern.startsWith(CLASSPATH) ? pattern.substring(CLASSPATH.length())
        : pattern.replaceFirst("^classpath:", "");
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1).replaceFirst("^/", "");
  }

  /** A model under the name the engine records for it. */
  static final class NamedResource extends AbstractResource implements ContextResource {

    private final String name;
    private final Resource content;

    NamedResource(String name, Resource content) {
      this.name = name;
      this.content = content;
    }

    @Override
    public String getPathWithinContext() {
      return name;
    }

    @Override
    public String getFilename() {
      return content.getFilename();
    }

    @Override
    public String getDescription() {
      return name;
    }

    @Override
    public InputStream getInputStream() throws IOException {
      return content.getInputStream();
    }
  }
}
