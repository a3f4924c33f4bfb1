package com.servicecentre.kpi;

import com.servicecentre.common.EngineClock;
import com.servicecentre.common.InsertOnce;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * The key figures, departments and overseers of kpi/kpis.yml. A target is the company's (the file's) unless the
 * office manager changed it for his office (table kpi_target, read anew on each call so a change counts at once on
 * every node).
 */
@Component
public class KpiCatalogue {

  private final Map<String, Kpi> kpis = new LinkedHashMap<>();
  private final Map<String, KpiDepartment> departments = new LinkedHashMap<>();
  private final List<String> overseers;
  private final JdbcTemplate jdbc;

  @SuppressWarnings("unchecked")
  public KpiCatalogue(ResourceLoader resources, JdbcTemplate jdbc,
      @Value("${service-centre.kpi.file:classpath:kpi/kpis.yml}") String file) {
    this.jdbc = jdbc;
    Map<String, Object> yaml;
    try (InputStream in = resources.getResource(file).getInputStream()) {
      yaml = new Yaml().load(in);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the KPI catalogue " + file + ": " + e.getMessage(), e);
    }
    for (Map<String, Object> d : (List<Map<String, Object>>) yaml.get("departments")) {
      KpiDepartment department = new KpiDepartment((String) d.get("id"), (String) d.get("name"),
          List.copyOf((List<String>) d.get("groups")), List.copyOf((List<String>) d.get("heads")));
      departments.put(department.id(), department);
    }
    overseers = List.copyOf((List<String>) yaml.get("overseers"));
    for (Map<String, Object> k : (List<Map<String, Object>>) yaml.get("kpis")) {
      String direction = (String) k.get("direction");
      if (!Set.of("higher", "lower").contains(direction)) {
        throw new IllegalStateException("KPI " + k.get("code") + ": direction must be higher or lower");
      }
      Object target = k.get("target");
      Kpi kpi = new Kpi((String) k.get("code"), (String) k.get("name"), (String) k.get("area"),
          (String) k.get("numerator"), (String) k.get("denominator"), (String) k.get("unit"),
          "higher".equals(direction), target == null ? null : new BigDecimal(target.toString()));
      if (kpis.put(kpi.code(), kpi) != null) {
        throw new IllegalStateException("KPI " + kpi.code() + " is listed twice in " + file);
      }
    }
  }

  /** Every figure in the catalogue's order, with the company's targets (kpis.yml). */
  public List<Kpi> all() {
    return List.copyOf(kpis.values());
  }

  /**
   * Every figure with the targets of one office: those its office manager set, the company's for the others (null:
   * the company's targets, for figures over several offices).
   */
  public List<Kpi> all(String office) {
    if (office == null) {
      return all();
    }
    Map<String, BigDecimal> set = new LinkedHashMap<>();
    jdbc.query("SELECT code, target FROM kpi_target WHERE office = ?", rs -> {
      set.put(rs.getString(1), rs.getBigDecimal(2));
    }, office);
    return kpis.values().stream().map(k -> set.containsKey(k.code()) ? k.withTarget(set.get(k.code())) : k).toList();
  }

  public Optional<Kpi> find(String code, String office) {
    return all(office).stream().filter(k -> k.code().equals(code)).findFirst();
  }

  Set<String> codes() {
    return kpis.keySet();
  }

  /** An office manager's new target for his office, kept until changed again. */
  public Kpi changeTarget(String code, String office, BigDecimal target, String by) {
    if (!kpis.containsKey(code)) {
      throw new IllegalArgumentException(code);
    }
    // Insert first: two managers saving at once then both land (the later one wins) instead of one failing.
    if (!InsertOnce.insert(jdbc,
        "INSERT INTO kpi_target (code, office, target, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)", code, office,
        target, by, EngineClock.now())) {
      jdbc.update("UPDATE kpi_target SET target = ?, updated_by = ?, updated_at = ? WHERE code = ? AND office = ?",
          target, by, EngineClock.now(), code, office);
    }
    return find(code, office).orElseThrow();
  }

  public List<KpiDepartment> departments() {
    return List.copyOf(departments.values());
  }

  public Optional<KpiDepartment> department(String id) {
    return Optional.ofNullable(id == null ? null : departments.get(id));
  }

  /** The department whose staff groups include this group, or null. */
  public String departmentOfGroup(String group) {
    return departments.values().stream().filter(d -> d.groups().contains(group)).map(KpiDepartment::id)
        .findFirst().orElse(null);
  }

  /** The groups whose members see every department's figures (of their offices). */
  public List<String> overseers() {
    return overseers;
  }
}
