package com.servicecentre;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ServiceCentreApplication {
  public static void main(String[] args) {
    SpringApplication.run(ServiceCentreApplication.class, args);
  }
}
