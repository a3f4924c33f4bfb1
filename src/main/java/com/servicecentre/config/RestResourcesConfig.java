package com.servicecentre.config;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Camunda's REST API is served twice: at /engine-rest and, for Tasklist, Cockpit and Admin, at
 * /camunda/api/engine. Both get the project's providers: errors staff can read ({@link RestErrors}), variable
 * types checked by name ({@link VariableTypeCheck}) and a task Tasklist sends back accepted ({@link
 * TaskSentBackAsReceived}).
 */
@Configuration
public class RestResourcesConfig {

  static final List<Class<?>> PROVIDERS;

  static {
    List<Class<?>> providers = new java.util.ArrayList<>(List.of(RestErrors.MAPPERS));
    providers.add(VariableTypeCheck.class);
    providers.add(TaskSentBackAsReceived.class);
    PROVIDERS = List.copyOf(providers);
  }

  @Bean
  public CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        PROVIDERS.forEach(this::register);
      }
    };
  }

  /**
   * Registers the webapps' engine API before Camunda's initializer does: it keeps a servlet registered under its
   * name, so ours, with the project's providers, is the one that serves.
   */
  @Bean
  public ServletContextInitializer webappEngineApi(CamundaBpmProperties properties) {
    return new WebappEngineApiInitializer(properties.getWebapp().getApplicationPath());
  }

  static class WebappEngineApiInitializer implements ServletContextInitializer, Ordered {

    private final String applicationPath;

    WebappEngineApiInitializer(String applicationPath) {
      this.applicationPath = applicationPath;
    }

    @Override
    public void onStartup(ServletContext servletContext) {
      ServletRegistration.Dynamic engineApi = servletContext.addServlet("Engine Api", ServletContainer.class);
      engineApi.addMapping(applicationPath + "/api/engine/*");
      engineApi.setInitParameter("jakarta.ws.rs.Application", WebappEngineApi.class.getName());
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }

  /** The webapps' engine API with the project's providers. */
  public static class WebappEngineApi extends EngineRestApplication {
    @Override
    public Set<Class<?>> getClasses() {
      Set<Class<?>> classes = new HashSet<>(super.getClasses());
      classes.addAll(PROVIDERS);
      return classes;
    }
  }
}
