package com.servicecentre.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * One process variable, declared once with its name and Java type (in the process's {@code *Process} class):
 * {@code CASE_NO.get(execution)}, {@code REFUND_DUE.set(execution, amount)}. Values entered in a form arrive as
 * the form sends them (a number as Double, a date as text); reading converts them, writing stores the declared
 * type: money as an exact BigDecimal (a JSON object value), a date as ISO text the forms show as it is.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Function<Object, T> reader;
  private final Function<T, TypedValue> writer;

  private ProcessVariable(String name, Function<Object, T> reader, Function<T, TypedValue> writer) {
    this.name = name;
    this.reader = reader;
    this.writer = writer;
  }

  public static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, v -> v.toString(), Variables::stringValue);
  }

  public static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(name, v -> v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString()),
        Variables::booleanValue);
  }

  public static ProcessVariable<Integer> count(String name) {
    return new ProcessVariable<>(name, v -> v instanceof Number n ? n.intValue() : Integer.parseInt(v.toString()),
        Variables::integerValue);
  }

  /** A number of hours or days a rule returned (the tables return whole numbers or decimals). */
  public static ProcessVariable<Double> quantity(String name) {
    return new ProcessVariable<>(name,
        v -> v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString()), Variables::doubleValue);
  }

  /** Yuan, exact to the fen. */
  public static ProcessVariable<BigDecimal> money(String name) {
    return decimal(name);
  }

  /** An exact decimal (an amount, an area, hours worked), never a binary double. */
  public static ProcessVariable<BigDecimal> decimal(String name) {
    return new ProcessVariable<>(name,
        v -> v instanceof BigDecimal b ? b : new BigDecimal(v.toString().trim()),
        amount -> Variables.objectValue(amount).serializationDataFormat(SerializationDataFormats.JSON).create());
  }

  public static ProcessVariable<Date> time(String name) {
    return new ProcessVariable<>(name, v -> (Date) v, Variables::dateValue);
  }

  /** A calendar day as the forms' date picker sends it (2026-12-01), kept as that text. */
  public static ProcessVariable<LocalDate> day(String name) {
    return new ProcessVariable<>(name, v -> LocalDate.parse(v.toString().substring(0, 10)),
        day -> Variables.stringValue(day.toString()));
  }

  public String name() {
    return name;
  }

  /** The value, or null when the case holds none. */
  public T from(VariableScope scope) {
    Object value = scope.getVariable(name);
    return value == null || (value instanceof String s && s.isBlank()) ? null : reader.apply(value);
  }

  /** The value the process relies on being there: its absence is a fault of the model, not of the caller. */
  public T get(VariableScope scope) {
    T value = from(scope);
    if (value == null) {
      throw new IllegalStateException("process variable " + name + " is not set");
    }
    return value;
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value == null ? Variables.untypedNullValue() : writer.apply(value));
  }

  /**
   * Keeps a checked form value in its declared type, writing only when the case does not hold exactly that already:
   * every write is a history row.
   */
  public void keep(VariableScope scope, T value) {
    TypedValue stored = scope.getVariableTyped(name, false);
    boolean storedEmpty = stored == null || stored.getValue() == null
        || (stored.getValue() instanceof String s && s.isBlank());
    if (value == null ? storedEmpty
        : !storedEmpty && stored.getType().equals(writer.apply(value).getType()) && value.equals(from(scope))) {
      return;
    }
    set(scope, value);
  }

  /** Name and stored value, e.g. for the variables a test starts a case with. */
  public Map<String, Object> of(T value) {
    return Map.of(name, writer.apply(value));
  }
}
