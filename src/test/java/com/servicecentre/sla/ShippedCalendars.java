package com.servicecentre.sla;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The calendar names the release ships (calendars/calendars.yml), for the decision-table tests. */
public final class ShippedCalendars {

  public static final List<String> NAMES = read();

  private ShippedCalendars() {}

  @SuppressWarnings("unchecked")
  private static List<String> read() {
    try (InputStream in = Files.newInputStream(Path.of("src/main/resources/calendars/calendars.yml"))) {
      Map<String, Object> file = new Yaml().load(in);
      return ((List<Map<String, Object>>) file.get("calendars")).stream().map(c -> (String) c.get("name")).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
