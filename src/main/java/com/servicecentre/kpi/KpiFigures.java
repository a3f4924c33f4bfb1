package com.servicecentre.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * The figures of a query, and the cases behind one of them. Both are read off the same case facts (KpiRules): a
 * figure is the sum of its cases' numerators over the sum of their denominators.
 */
@Service
public class KpiFigures {

  /** The label of a group that has no department or person (a move-out has no single person). */
  public static final String NOBODY = "—";
  static final String TOTAL = "total";

  private final KpiRules rules;
  private final KpiCatalogue catalogue;
  private final IdentityService identity;

  KpiFigures(KpiRules rules, KpiCatalogue catalogue, IdentityService identity) {
    this.rules = rules;
    this.catalogue = catalogue;
    this.identity = identity;
  }

  /**
   * Each figure of the catalogue per group, groups in order (departments and people by name, periods in time);
   * a period of the query without cases still has its row, with no value. Figures of a group without any case
   * counted are listed too (value null), so a table shows "—" rather than leaving the figure out. Targets are those
   * of the query's office when it reads one office, the company's otherwise.
   */
  public List<KpiFigure> compute(KpiQuery query) {
    List<CaseFact> facts = selected(query);
    Map<String, String> labels = new LinkedHashMap<>();
    groupsOf(query).forEach(labels::put);
    Function<CaseFact, String> key = groupKey(query.groupBy());
    Map<String, Map<String, double[]>> sums = new HashMap<>();
    Map<String, Map<String, Map<String, Integer>>> reasons = new HashMap<>();
    Map<String, String> names = personNames(facts);
    for (CaseFact f : facts) {
      String group = key.apply(f);
      labels.computeIfAbsent(group, g -> label(query.groupBy(), f, names));
      double[] sum = sums.computeIfAbsent(f.kpi(), k -> new HashMap<>()).computeIfAbsent(group, g -> new double[2]);
      sum[0] += f.numerator();
      sum[1] += f.denominator();
      if (f.reason() != null) {
        reasons.computeIfAbsent(f.kpi(), k -> new HashMap<>()).computeIfAbsent(group, g -> new TreeMap<>())
            .merge(f.reason(), (int) f.numerator(), Integer::sum);
      }
    }
    List<String> order = new ArrayList<>(labels.keySet());
    if (!query.groupBy().isPeriod()) {
      order.sort(Comparator.comparing((String g) -> NOBODY.equals(labels.get(g))).thenComparing(labels::get));
    } else {
      order.sort(Comparator.naturalOrder());
    }
    List<KpiFigure> figures = new ArrayList<>();
    for (Kpi kpi : catalogue.all(singleOffice(query))) {
      for (String group : order) {
        double[] sum = sums.getOrDefault(kpi.code(), Map.of()).getOrDefault(group, new double[2]);
        Double value = kpi.value(sum[0], sum[1]);
        figures.add(new KpiFigure(kpi.code(), kpi.name(), kpi.area(), kpi.unit(),
            kpi.higherIsBetter() ? "higher" : "lower", group, labels.get(group), sum[0], sum[1], value, kpi.target(),
            kpi.met(value), reasons.getOrDefault(kpi.code(), Map.of()).getOrDefault(group, Map.of())));
      }
    }
    return figures;
  }

  /**
   * The cases behind one figure of one group (null: of all groups), those that count in its numerator first.
   * Lines that are not cases (a designer's cap) are left out.
   */
  public List<KpiCase> cases(KpiQuery query, String kpi, String group) {
    Function<CaseFact, String> key = groupKey(query.groupBy());
    List<CaseFact> facts = selected(query).stream()
        .filter(f -> f.kpi().equals(kpi) && f.caseNo() != null && (group == null || group.equals(key.apply(f))))
        .sorted(Comparator.comparing((CaseFact f) -> f.numerator() == 0).thenComparing(CaseFact::date)
            .thenComparing(CaseFact::caseNo))
        .toList();
    Map<String, String> names = personNames(facts);
    return facts.stream().map(f -> new KpiCase(f.caseNo(), f.office(), f.department(),
        catalogue.department(f.department()).map(KpiDepartment::name).orElse(NOBODY), f.person(),
        f.person() == null ? NOBODY : names.getOrDefault(f.person(), f.person()), f.date(), f.numerator(),
        f.denominator(), f.reason())).toList();
  }

  /** Figures of one office are judged by its targets; figures over several offices by the company's. */
  static String singleOffice(KpiQuery query) {
    return query.offices() != null && query.offices().size() == 1 ? query.offices().get(0) : null;
  }

  private List<CaseFact> selected(KpiQuery query) {
    return rules.facts(query.from(), query.to(), query.offices()).stream()
        .filter(f -> query.departments() == null || query.departments().contains(f.department()))
        .filter(f -> query.person() == null || query.person().equals(f.person()))
        .toList();
  }

  /** The groups every answer has, counted or not: the periods of the query, or the one total. */
  private static Map<String, String> groupsOf(KpiQuery query) {
    Map<String, String> groups = new LinkedHashMap<>();
    GroupBy by = query.groupBy();
    if (by == GroupBy.TOTAL) {
      groups.put(TOTAL, "合计");
    } else if (by.isPeriod()) {
      for (LocalDate d = query.from(); !d.isAfter(query.to()); d = d.plusDays(1)) {
        groups.putIfAbsent(by.periodOf(d), by.labelOf(d));
      }
    }
    return groups;
  }

  private static Function<CaseFact, String> groupKey(GroupBy by) {
    return switch (by) {
      case TOTAL -> f -> TOTAL;
      case DEPARTMENT -> f -> Objects.requireNonNullElse(f.department(), NOBODY);
      case PERSON -> f -> Objects.requireNonNullElse(f.person(), NOBODY);
      default -> {
        // Tens of thousands of facts fall on a few hundred days: each day's period is worked out once.
        Map<LocalDate, String> periods = new HashMap<>();
        yield f -> periods.computeIfAbsent(f.date(), by::periodOf);
      }
    };
  }

  private String label(GroupBy by, CaseFact f, Map<String, String> names) {
    return switch (by) {
      case DEPARTMENT -> catalogue.department(f.department()).map(KpiDepartment::name).orElse(NOBODY);
      case PERSON -> f.person() == null ? NOBODY : names.getOrDefault(f.person(), f.person());
      case TOTAL -> "合计";
      default -> by.labelOf(f.date());
    };
  }

  /** People by name, family name first (李娜), as everywhere staff read them; the login when a user has no name. */
  private Map<String, String> personNames(List<CaseFact> facts) {
    String[] ids = facts.stream().map(CaseFact::person).filter(Objects::nonNull).distinct().toArray(String[]::new);
    Map<String, String> names = new HashMap<>();
    if (ids.length > 0) {
      for (User user : identity.createUserQuery().userIdIn(ids).list()) {
        String name = (Objects.toString(user.getLastName(), "") + Objects.toString(user.getFirstName(), "")).trim();
        names.put(user.getId(), name.isEmpty() ? user.getId() : name);
      }
    }
    return names;
  }
}
