package com.servicecentre.handover;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The absences page (static/absences/) answers at /absences as well as at its file name. */
@Configuration
public class AbsencePageConfig implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/absences", "/absences/");
    registry.addViewController("/absences/").setViewName("forward:/absences/index.html");
  }
}
