package com.servicecentre.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A stretch of time from {@code from} (included) to {@code to} (excluded): a working period or a pause. */
public record TimeSpan(Instant from, Instant to) {

  public TimeSpan {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw CalendarRefused.field("pause", "暂停", "结束 " + to + " 早于开始 " + from);
    }
  }

  public Duration length() {
    return Duration.between(from, to);
  }

  /** The spans in order, overlapping or touching ones joined, so that no time is counted twice. */
  static List<TimeSpan> merged(Collection<TimeSpan> spans) {
    List<TimeSpan> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparing(TimeSpan::from));
    List<TimeSpan> merged = new ArrayList<>();
    for (TimeSpan span : sorted) {
      TimeSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !span.from.isAfter(last.to)) {
        merged.set(merged.size() - 1, new TimeSpan(last.from, span.to.isAfter(last.to) ? span.to : last.to));
      } else {
        merged.add(span);
      }
    }
    return merged;
  }

  /** What is left of this span outside the given merged spans (in order), as pieces of positive length. */
  List<TimeSpan> minus(List<TimeSpan> mergedSpans) {
    List<TimeSpan> pieces = new ArrayList<>();
    Instant cursor = from;
    for (TimeSpan cut : mergedSpans) {
      if (!cut.to.isAfter(cursor)) {
        continue;
      }
      if (!cut.from.isBefore(to)) {
        break;
      }
      if (cut.from.isAfter(cursor)) {
        pieces.add(new TimeSpan(cursor, cut.from));
      }
      cursor = cut.to;
      if (!cursor.isBefore(to)) {
        return pieces;
      }
    }
    if (cursor.isBefore(to)) {
      pieces.add(new TimeSpan(cursor, to));
    }
    return pieces;
  }
}
