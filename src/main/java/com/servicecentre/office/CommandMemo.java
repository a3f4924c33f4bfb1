package com.servicecentre.office;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Values worked out at most once per engine command (one start, one completion, one job): completing a task
 * resolves a due date, a follow-up date and two boundary timers, and each asked the database for the office's
 * calendar and the table's version again (lifecycle benchmark: about 8 identical lookups per command). A value
 * lives only as long as its command, so a change made by a manager applies from the next command on, on any node.
 * Outside a command nothing is kept (an administrator's change that reads, inserts and reads again in one Spring
 * transaction sees its own insert). Failures are not kept either. Here, beside {@link OfficeRules}, because the
 * processes' own packages use the engine's public API only (ArchitectureTest).
 */
public final class CommandMemo {

  private static final ThreadLocal<Memo> CURRENT = new ThreadLocal<>();

  private CommandMemo() {}

  private record Memo(WeakReference<CommandContext> command, Map<String, Object> values) {}

  @SuppressWarnings("unchecked")
  public static <T> T get(String key, Supplier<T> compute) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      return compute.get();
    }
    Memo memo = CURRENT.get();
    if (memo == null || memo.command().get() != command) {
      memo = new Memo(new WeakReference<>(command), new HashMap<>());
      CURRENT.set(memo);
    }
    if (memo.values().containsKey(key)) {
      return (T) memo.values().get(key);
    }
    // Not computeIfAbsent: the computation may itself ask the memo (a calendar inside a step's limit).
    T value = compute.get();
    memo.values().put(key, value);
    return value;
  }
}
