package com.servicecentre.cases;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** 我发起的案件 (static/cases/) answers at /cases as well as at its file name. */
@Configuration
public class CasesPageConfig implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/cases", "/cases/");
    registry.addViewController("/cases/").setViewName("forward:/cases/index.html");
  }
}
