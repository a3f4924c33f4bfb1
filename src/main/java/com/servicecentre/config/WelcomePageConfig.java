package com.servicecentre.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The start page at /camunda-welcome/ is ours (META-INF/resources/camunda-welcome/index.html, in Chinese, in place
 * of Camunda's English page with its demo login); it answers at the folder's address as well as at its file name.
 */
@Configuration
public class WelcomePageConfig implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/camunda-welcome", "/camunda-welcome/");
    registry.addViewController("/camunda-welcome/").setViewName("forward:/camunda-welcome/index.html");
  }
}
