package com.servicecentre.calendar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a file of statutory days (calendars/cn-statutory-*.csv): comment lines starting with '#' (the first ones
 * name the State Council notices the days come from), the header {@code date,name,off}, then one day a line;
 * {@code off=false} marks a make-up working day (调休上班).
 */
public final class StatutoryDaysFile {

  private StatutoryDaysFile() {}

  public static List<CalendarDay> parse(String fileName, String text) {
    List<CalendarDay> days = new ArrayList<>();
    Set<Object> dates = new HashSet<>();
    boolean header = false;
    String[] lines = text.replace("\uFEFF", "").split("\\r?\\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = fileName + " 第 " + (i + 1) + " 行";
      if (!header) {
        if (!line.replace(" ", "").equals("date,name,off")) {
          throw new CalendarRefused(where + "：表头应为 date,name,off，而不是 " + line);
        }
        header = true;
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length != 3 || !List.of("true", "false").contains(cells[2].trim())) {
        throw new CalendarRefused(where + "：应为 日期,名称,true|false，而不是 " + line);
      }
      try {
        CalendarDay day = new CalendarDay(CalendarInput.date(cells[0], "date", "日期"), cells[1],
            Boolean.parseBoolean(cells[2].trim()));
        if (!dates.add(day.date())) {
          throw CalendarRefused.field("date", "日期", day.date() + " 出现了两次");
        }
        days.add(day);
      } catch (CalendarRefused e) {
        throw new CalendarRefused(where + "：" + e.getMessage());
      }
    }
    if (!header) {
      throw new CalendarRefused(fileName + "：没有表头 date,name,off");
    }
    return days;
  }
}
