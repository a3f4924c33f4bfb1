package com.servicecentre.office;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * offices/offices.yml as read at start-up: the offices with their estates, and which kind of office runs which
 * process. Read without the database, so the engine's tenant rules can use it while the engine is being built.
 */
@Component
public class OfficesFile {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,16}");

  /** An office of the file, with the units it manages as estate → building → units. */
  public record Entry(Office office, Map<String, Map<String, List<String>>> estates) {}

  private final String location;
  private final List<Entry> offices;
  private final Map<String, String> kindOfProcess = new LinkedHashMap<>();

  public OfficesFile(ResourceLoader resources,
      @Value("${service-centre.offices.file:classpath:offices/offices.yml}") String location) {
    this.location = location;
    Map<String, Object> file;
    try (InputStream in = resources.getResource(location).getInputStream()) {
      file = new Yaml().load(in);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the offices file " + location + ": " + e.getMessage(), e);
    }
    this.offices = list(file.get("offices")).stream().map(this::entry).toList();
    if (offices.isEmpty()) {
      throw new IllegalStateException(location + ": at least one office is needed");
    }
    map(file.get("processes")).forEach((kind, keys) -> {
      for (Object key : (List<?>) keys) {
        kindOfProcess.put(String.valueOf(key), kind);
      }
    });
    for (String kind : kindOfProcess.values()) {
      if (offices.stream().noneMatch(e -> e.office().kind().equals(kind))) {
        throw new IllegalStateException(location + ": processes of kind " + kind + " but no office of that kind");
      }
    }
  }

  public List<Entry> offices() {
    return offices;
  }

  /** The kind of office that runs a process (property, renovation), or null for a process the file does not name. */
  public String kindOf(String processKey) {
    return kindOfProcess.get(processKey);
  }

  /** The processes an office of this kind runs. */
  public List<String> processesOf(String kind) {
    return kindOfProcess.entrySet().stream().filter(e -> e.getValue().equals(kind)).map(Map.Entry::getKey).toList();
  }

  /** The first office of a kind in the file: cases started without a login or before offices existed go there. */
  public String defaultOffice(String kind) {
    return offices.stream().map(Entry::office).filter(o -> o.kind().equals(kind)).map(Office::code).findFirst()
        .orElseThrow(() -> new IllegalStateException(location + ": no office of kind " + kind));
  }

  private Entry entry(Map<String, Object> spec) {
    String code = String.valueOf(spec.get("code"));
    if (!CODE.matcher(code).matches()) {
      throw new IllegalStateException(location + ": office code '" + code + "' must be 1-16 letters, digits or -");
    }
    String kind = String.valueOf(spec.get("kind"));
    if (!kind.equals(Office.PROPERTY) && !kind.equals(Office.RENOVATION)) {
      throw new IllegalStateException(location + ": office " + code + " has kind '" + kind
          + "', expected property or renovation");
    }
    Office office = new Office(code, required(spec, "name", code), kind, (String) spec.get("address"),
        spec.get("phone") == null ? null : String.valueOf(spec.get("phone")), (String) spec.get("calendar"));
    Map<String, Map<String, List<String>>> estates = new LinkedHashMap<>();
    for (Map<String, Object> estate : list(spec.get("estates"))) {
      Map<String, List<String>> buildings = new LinkedHashMap<>();
      for (Map<String, Object> building : list(estate.get("buildings"))) {
        buildings.put(String.valueOf(building.get("name")),
            ((List<?>) building.get("units")).stream().map(String::valueOf).toList());
      }
      estates.put(String.valueOf(estate.get("name")), buildings);
    }
    return new Entry(office, estates);
  }

  private String required(Map<String, Object> spec, String key, String code) {
    Object value = spec.get(key);
    if (value == null || String.valueOf(value).isBlank()) {
      throw new IllegalStateException(location + ": office " + code + " needs a " + key);
    }
    return String.valueOf(value);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }
}
