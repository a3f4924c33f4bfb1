package com.servicecentre.calendar;

import java.util.ArrayList;
import java.util.List;

/** The working periods of one day, in order and not overlapping; none on a day off. */
public record DayHours(List<WorkingPeriod> periods) {

  public static final DayHours NONE = new DayHours(List.of());
  /** More periods than this in one day is a typing error, and would not fit the change log. */
  static final int MAX_PERIODS = 12;

  public static final DayHours ROUND_THE_CLOCK = new DayHours(List.of(new WorkingPeriod(0, WorkingPeriod.END_OF_DAY)));

  public DayHours {
    if (periods.size() > MAX_PERIODS) {
      throw new CalendarRefused("一天最多 " + MAX_PERIODS + " 个时段，而不是 " + periods.size() + " 个");
    }
    List<WorkingPeriod> sorted = new ArrayList<>(periods);
    sorted.sort(null);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).overlaps(sorted.get(i))) {
        throw new CalendarRefused("时段 " + sorted.get(i - 1) + " 与 " + sorted.get(i) + " 重叠");
      }
    }
    periods = List.copyOf(sorted);
  }

  /**
   * Reads "08:30-12:00, 13:30-17:30" (periods separated by commas or semicolons); empty or "休息" is a day without
   * work. Refusals name the field and label given, e.g. hours.MONDAY(周一工作时间).
   */
  public static DayHours parse(String text, String field, String label) {
    if (text == null || text.isBlank() || text.trim().equals("休息")) {
      return NONE;
    }
    List<WorkingPeriod> periods = new ArrayList<>();
    for (String part : text.trim().split("\\s*[,，;；、]\\s*")) {
      if (!part.isBlank()) {
        periods.add(WorkingPeriod.parse(part, field, label));
      }
    }
    try {
      return new DayHours(periods);
    } catch (CalendarRefused overlap) {
      throw CalendarRefused.field(field, label, overlap.getMessage());
    }
  }

  public boolean isEmpty() {
    return periods.isEmpty();
  }

  /** Minute of the day at which the last period ends (1440 = midnight at the end of the day). */
  int endMinute() {
    return periods.get(periods.size() - 1).endMinute();
  }

  public int minutes() {
    return periods.stream().mapToInt(WorkingPeriod::minutes).sum();
  }

  /** "08:30-12:00,13:30-17:30", or "" for a day without work: the form parse reads and the tables store. */
  @Override
  public String toString() {
    return String.join(",", periods.stream().map(WorkingPeriod::toString).toList());
  }
}
