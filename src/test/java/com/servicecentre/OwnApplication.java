package com.servicecentre;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that starts (and stops) applications of its own. Camunda keeps engines in one registry per JVM, and a
 * stopped application unregisters the engine that the shared test application still serves: these run in a JVM
 * each (see the surefire executions in pom.xml).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(OwnApplication.TAG)
public @interface OwnApplication {
  String TAG = "own-application";
}
