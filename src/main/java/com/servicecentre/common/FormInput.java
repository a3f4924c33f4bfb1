package com.servicecentre.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what staff entered in a form and collects every problem, so one refusal names all wrong fields.
 * InputRefused is what the REST API answers with 400, and it rolls back the whole start or
 * completion: nothing half-created is left behind.
 */
public final class FormInput {

  /** The largest amount any form takes, in yuan: below 1亿, within every money column of the registers. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");

  private final VariableScope variables;
  private final List<String> problems = new ArrayList<>();

  public FormInput(VariableScope variables) {
    this.variables = variables;
  }

  public String text(String name, String label) {
    String value = optionalText(name);
    if (value == null) {
      problem(name, label, "必填");
    }
    return value;
  }

  public String optionalText(String name) {
    Object value = variables.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value.toString().trim();
  }

  public String oneOf(String name, String label, Collection<String> allowed) {
    String value = text(name, label);
    if (value != null && !allowed.contains(value)) {
      problem(name, label, "取值 \"" + value + "\" 不在 " + allowed + " 之中");
    }
    return value;
  }

  public String optionalPhone(String name, String label) {
    String value = optionalText(name);
    if (value != null && !value.matches("\\+?[0-9][0-9 -]{5,18}[0-9]")) {
      problem(name, label, "\"" + value + "\" 不是电话号码");
    }
    return value;
  }

  public String phone(String name, String label) {
    String value = optionalPhone(name, label);
    if (value == null) {
      problem(name, label, "必填");
    }
    return value;
  }

  /** A money amount in yuan: not negative, at most two decimals (fen). */
  public BigDecimal amount(String name, String label) {
    BigDecimal value = optionalAmount(name, label);
    if (value == null && !hasProblemWith(name)) {
      problem(name, label, "必填");
    }
    return value;
  }

  public BigDecimal optionalAmount(String name, String label) {
    BigDecimal value = decimal(name, label);
    if (value == null) {
      return null;
    }
    if (value.signum() < 0) {
      problem(name, label, "不能为负数");
    } else if (value.compareTo(MAX_AMOUNT) > 0) {
      problem(name, label, "不能大于 " + MAX_AMOUNT.toPlainString());
    } else if (value.stripTrailingZeros().scale() > 2) {
      problem(name, label, "最多两位小数(分)");
    }
    return value;
  }

  public BigDecimal optionalPositiveNumber(String name, String label) {
    BigDecimal value = decimal(name, label);
    if (value != null && value.signum() <= 0) {
      problem(name, label, "必须大于0");
    }
    return value;
  }

  public LocalDate optionalDate(String name, String label) {
    String value = optionalText(name);
    if (value == null) {
      return null;
    }
    try {
      // Camunda Forms' date picker sends ISO dates; a date-time keeps its date part.
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      problem(name, label, "\"" + value + "\" 不是日期(YYYY-MM-DD)");
      return null;
    }
  }

  public boolean flag(String name) {
    Object value = variables.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  /** Records a problem found by the caller's own rule, in the same wording as the built-in checks. */
  public void problem(String name, String label, String message) {
    problems.add(name + "(" + label + "): " + message);
  }

  /** Throws one exception naming every problem found so far. */
  public void check() {
    if (!problems.isEmpty()) {
      throw new InputRefused(problems);
    }
  }

  private BigDecimal decimal(String name, String label) {
    Object value = variables.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      // toString keeps what was typed: a Double 0.1 stays 0.1, not its binary expansion.
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      problem(name, label, "\"" + value + "\" 不是数字");
      return null;
    }
  }

  private boolean hasProblemWith(String name) {
    return problems.stream().anyMatch(p -> p.startsWith(name + "("));
  }
}
