package com.servicecentre.config;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Camunda's REST resources plus the project's own providers. */
@Configuration
public class RestResourcesConfig {

  @Bean
  public CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        register(BadInputExceptionMapper.class);
        register(CodeInDecisionTableMapper.class);
      }
    };
  }
}
