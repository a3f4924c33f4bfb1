package com.servicecentre.demo;

import com.servicecentre.demo.DemoHistory.TaskView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * One generated case: its process, office and the person who starts it, what happens to it (decided up front from
 * the seeded random, so a run is reproducible), and what each of its task forms submits. Values are the ones the
 * forms offer, so they pass the form checks as a clerk's input would.
 */
abstract class DemoCase {

  final String processKey;
  final String office;
  final String starter;
  final Random random;
  /** Logins of a group in an office. */
  final BiFunction<String, String, List<String>> members;
  /** The chance that a step of this case is done after its due time: most cases keep time, some do not. */
  final double lateness;

  String instanceId;
  boolean stuck;
  /** Set by {@link #formFor} when nobody can do the step today; the generator comes back the next working day. */
  boolean tryAgainLater;
  int retries;

  DemoCase(String processKey, String office, String starter, Random random,
      BiFunction<String, String, List<String>> members) {
    this.processKey = processKey;
    this.office = office;
    this.starter = starter;
    this.random = random;
    this.members = members;
    this.lateness = random.nextDouble() < 0.25 ? 0.4 : 0.03;
  }

  abstract Map<String, Object> startVariables(LocalDateTime now);

  /**
   * What the task's form submits, in order of preference: the next is tried when the process refuses one (a
   * designer at the cap of forced orders, say), as a clerk would pick another. Empty: the case stops there.
   */
  abstract List<Map<String, Object>> formFor(String taskKey, TaskView task);

  /** Whether this step may be left past its due time (see {@link DemoHistory}: personal tasks never are). */
  boolean mayBeLate(String taskKey) {
    return true;
  }

  /** Who takes an unassigned task: a member of its candidate groups in the case's office. */
  String whoDoes(String taskKey, List<String> candidateGroups, String taskOffice) {
    String where = taskOffice != null ? taskOffice : office;
    for (String group : preferred(taskKey, candidateGroups)) {
      List<String> people = members.apply(group, where);
      if (!people.isEmpty()) {
        return pick(people);
      }
    }
    return null;
  }

  /** The candidate groups in the order their members take the task; the process's own order by default. */
  List<String> preferred(String taskKey, List<String> candidateGroups) {
    return candidateGroups;
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Yuan with two decimals between low and high, as a double (what a number field sends). */
  double yuan(double low, double high) {
    return BigDecimal.valueOf(low + random.nextDouble() * (high - low)).setScale(2, RoundingMode.HALF_UP)
        .doubleValue();
  }

  static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
