package com.servicecentre.kpi;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The KPI page (static/kpi/) answers at /kpi as well as at its file name. */
@Configuration
public class KpiPageConfig implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/kpi", "/kpi/");
    registry.addViewController("/kpi/").setViewName("forward:/kpi/index.html");
  }
}
