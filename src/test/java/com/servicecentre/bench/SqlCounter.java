package com.servicecentre.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the statements the application sends through its DataSource, grouped by verb and table ("INSERT
 * ACT_HI_VARINST"), while switched on. A batch counts once per parameter set, as the server executes it;
 * commits count as "COMMIT". Off while throughput is measured.
 */
final class SqlCounter implements QueryExecutionListener, MethodExecutionListener {

  private static final Pattern TABLE = Pattern.compile(
      "^\\s*(?:SELECT\\b.*?\\bFROM|INSERT\\s+(?:IGNORE\\s+)?INTO|UPDATE|DELETE\\s+(?:\\w+\\s+)?FROM|MERGE\\s+INTO)\\s+([\\w.`\"]+)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private volatile boolean on;
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  void start() {
    counts.clear();
    on = true;
  }

  Map<String, Long> stop() {
    on = false;
    Map<String, Long> result = new HashMap<>();
    counts.forEach((key, count) -> result.put(key, count.sum()));
    return result;
  }

  @Override
  public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

  @Override
  public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    if (!on) {
      return;
    }
    for (QueryInfo query : queryInfoList) {
      int times = execInfo.isBatch() ? Math.max(1, query.getParametersList().size()) : 1;
      counts.computeIfAbsent(source(query.getQuery()), k -> new LongAdder()).add(times);
    }
  }

  @Override
  public void beforeMethod(MethodExecutionContext context) {}

  @Override
  public void afterMethod(MethodExecutionContext context) {
    if (on && context.getMethod().getName().equals("commit")) {
      counts.computeIfAbsent("COMMIT", k -> new LongAdder()).increment();
    }
  }

  static String source(String sql) {
    String trimmed = sql.strip();
    String verb = trimmed.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    Matcher table = TABLE.matcher(trimmed);
    if (table.find()) {
      String name = table.group(1).replace("`", "").replace("\"", "");
      name = name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
      return verb + " " + name;
    }
    return verb;
  }
}
