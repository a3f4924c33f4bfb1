package com.servicecentre.common;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input refused because of what the caller entered: one refusal names every wrong field, in the words staff read
 * ("key(label): what is wrong"). The REST layer answers it with 400 and this message; it rolls back the whole
 * start or completion.
 */
public class InputRefused extends BadUserRequestException {

  private final List<String> problems;

  public InputRefused(List<String> problems) {
    super("输入有误 — " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  /** These problems and those of another refusal, each field named once (the first finding stands). */
  public InputRefused and(List<String> more) {
    List<String> all = new ArrayList<>(problems);
    for (String problem : more) {
      String key = problem.contains("(") ? problem.substring(0, problem.indexOf('(')) : problem;
      if (all.stream().noneMatch(p -> p.startsWith(key + "(") || p.startsWith(key + ":"))) {
        all.add(problem);
      }
    }
    return new InputRefused(all);
  }
}
