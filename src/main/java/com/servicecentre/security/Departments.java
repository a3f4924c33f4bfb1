package com.servicecentre.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * Which staff groups a department head's group leads (staff.yml, {@code heads}): a head may hand a task of those
 * groups to another of their members, and to nobody else.
 */
@Component
public class Departments {

  private final Map<String, Set<String>> headed = new HashMap<>();

  @SuppressWarnings("unchecked")
  public Departments(ResourceLoader resources,
      @Value("${service-centre.staff.file:classpath:staff/staff.yml}") String staffFile) {
    Map<String, Object> staff;
    try (InputStream in = resources.getResource(staffFile).getInputStream()) {
      staff = new Yaml().load(in);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read staff file " + staffFile + ": " + e.getMessage(), e);
    }
    for (Map<String, Object> group : (List<Map<String, Object>>) staff.getOrDefault("groups", List.of())) {
      List<String> heads = (List<String>) group.get("heads");
      if (heads != null) {
        headed.put((String) group.get("id"), Set.copyOf(heads));
      }
    }
  }

  /** The groups led by anyone of these groups. */
  public Set<String> ledBy(Collection<String> groups) {
    Set<String> led = new HashSet<>();
    groups.forEach(g -> led.addAll(headed.getOrDefault(g, Set.of())));
    return led;
  }
}
