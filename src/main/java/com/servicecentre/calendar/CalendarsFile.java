package com.servicecentre.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * The calendars the release ships (calendars/calendars.yml) and the statutory days files it names, read once at
 * start-up. A mistake in them stops the start-up with the file, the calendar and the field.
 */
@Component
public class CalendarsFile {

  /** The days of one statutory days file, named by its file name (as the change log says it). */
  public record StatutoryDaysSource(String file, List<CalendarDay> days) {}

  private final List<CalendarSpec> calendars = new ArrayList<>();
  private final List<StatutoryDaysSource> statutoryDays = new ArrayList<>();

  public CalendarsFile(ResourceLoader resources,
      @Value("${service-centre.calendars.file:classpath:calendars/calendars.yml}") String location) {
    Map<String, Object> file = new Yaml().load(read(resources, location));
    for (Object source : list(file, "statutory-days")) {
      String path = source.toString();
      String name = path.substring(path.lastIndexOf('/') + 1);
      try {
        statutoryDays.add(new StatutoryDaysSource(name, StatutoryDaysFile.parse(name, read(resources, path))));
      } catch (CalendarRefused e) {
        throw new IllegalStateException(location + ": " + e.getMessage(), e);
      }
    }
    for (Object entry : list(file, "calendars")) {
      Map<?, ?> spec = (Map<?, ?>) entry;
      try {
        calendars.add(spec(spec));
      } catch (CalendarRefused | ClassCastException e) {
        throw new IllegalStateException(location + ", calendar " + spec.get("name") + ": " + e.getMessage(), e);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static CalendarSpec spec(Map<?, ?> spec) {
    Object hours = spec.get("hours");
    return new CalendarSpec((String) spec.get("name"), (String) spec.get("title"),
        CalendarInput.zone((String) spec.get("time-zone"), "time-zone", "时区"),
        Boolean.TRUE.equals(spec.get("statutory-days")),
        WeekHours.parse(hours == null ? Map.of() : (Map<String, ?>) hours, "hours"));
  }

  public List<CalendarSpec> calendars() {
    return List.copyOf(calendars);
  }

  public List<StatutoryDaysSource> statutoryDays() {
    return List.copyOf(statutoryDays);
  }

  private static String read(ResourceLoader resources, String location) {
    try (InputStream in = resources.getResource(location).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read calendar file " + location + ": " + e.getMessage(), e);
    }
  }

  private static List<?> list(Map<String, Object> map, String key) {
    Object value = map == null ? null : map.get(key);
    return value == null ? List.of() : (List<?>) value;
  }
}
