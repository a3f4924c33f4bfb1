package com.servicecentre.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The auditors' page (static/audit/) answers at /audit as well as at its file name. */
@Configuration
public class AuditPageConfig implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/audit", "/audit/");
    registry.addViewController("/audit/").setViewName("forward:/audit/index.html");
  }
}
