package com.servicecentre.calendar;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The calendars page (static/calendars/) answers at /calendars as well as at its file name. */
@Configuration
public class CalendarPageConfig implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/calendars", "/calendars/");
    registry.addViewController("/calendars/").setViewName("forward:/calendars/index.html");
  }
}
