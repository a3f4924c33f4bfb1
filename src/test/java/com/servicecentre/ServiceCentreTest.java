package com.servicecentre;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory database, with the demo staff, on a random port. Every Spring test class
 * uses exactly this configuration, so they share one application (Spring caches the context) instead of booting
 * one each. Tests that start applications of their own are tagged {@link OwnApplication} and run apart.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ServiceCentreApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import({TestEngine.class, ProcessEngineCoverageConfiguration.class})
public @interface ServiceCentreTest {}
