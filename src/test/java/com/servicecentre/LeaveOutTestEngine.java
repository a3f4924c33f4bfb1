package com.servicecentre;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * For programs and tests that start the real application with the test sources on the class path (benchmarks, the
 * demo history's own database): keeps {@link TestEngine}'s stand-ins out of it. Register it as a singleton bean
 * before the context refreshes.
 */
public final class LeaveOutTestEngine extends TypeExcludeFilter {

  @Override
  public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
    return reader.getClassMetadata().getClassName().equals(TestEngine.class.getName());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LeaveOutTestEngine;
  }

  @Override
  public int hashCode() {
    return LeaveOutTestEngine.class.hashCode();
  }
}
