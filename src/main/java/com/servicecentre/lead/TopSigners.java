package com.servicecentre.lead;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 签单状元 as the design manager designates them, not as a login written into a table: the top signer of a quarter
 * may take more orders within that quarter, the top signer of a year in every quarter of the next year (seed 001:
 * 季度签单状元在季度内…可多做单, 年度签单状元下年度每季度可多做单). designer-capacity reads only whether a designer
 * holds such a designation on the day of the dispatch.
 */
@Component
public class TopSigners {

  public static final String QUARTER = "quarter";
  public static final String YEAR = "year";
  private static final Pattern QUARTER_PERIOD = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR_PERIOD = Pattern.compile("\\d{4}");

  /** A designation and the days it counts. */
  public record Designation(String title, String period, String designer, LocalDate validFrom, LocalDate validTo) {}

  private final JdbcTemplate jdbc;

  public TopSigners(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean isTopSigner(String designer, LocalDate day) {
    Integer count = jdbc.queryForObject(
        "SELECT COUNT(*) FROM top_signer WHERE designer = ? AND valid_from <= ? AND valid_to >= ?",
        Integer.class, designer, day, day);
    return count != null && count > 0;
  }

  /**
   * The top signer of a quarter ("2026-Q3") or a year ("2026"), and the days it counts; a title or period that
   * is neither is refused with an {@link IllegalArgumentException} in words staff read.
   */
  public static Designation designation(String title, String period, String designer) {
    if (QUARTER.equals(title)) {
      Matcher quarter = period == null ? null : QUARTER_PERIOD.matcher(period);
      if (quarter == null || !quarter.matches()) {
        throw new IllegalArgumentException("季度签单状元的期间应写作 2026-Q3 这样的年份和季度，收到 \"" + period + "\"");
      }
      LocalDate from = LocalDate.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2, 1);
      return new Designation(title, period, designer, from, from.plusMonths(3).minusDays(1));
    }
    if (YEAR.equals(title)) {
      if (period == null || !YEAR_PERIOD.matcher(period).matches()) {
        throw new IllegalArgumentException("年度签单状元的期间应写作 2026 这样的年份，收到 \"" + period + "\"");
      }
      // The year's top signer takes more in the following year.
      Year next = Year.of(Integer.parseInt(period)).plusYears(1);
      return new Designation(title, period, designer, next.atDay(1), next.atMonth(12).atEndOfMonth());
    }
    throw new IllegalArgumentException("称号应为 quarter(季度签单状元) 或 year(年度签单状元)，收到 \"" + title + "\"");
  }

  /** One top signer per quarter or year: naming another replaces the first. */
  @Transactional
  public void designate(Designation designation, String by, LocalDateTime at) {
    jdbc.update("DELETE FROM top_signer WHERE title = ? AND period = ?", designation.title(), designation.period());
    jdbc.update("""
        INSERT INTO top_signer (title, period, designer, valid_from, valid_to, designated_by, designated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)""", designation.title(), designation.period(), designation.designer(),
        designation.validFrom(), designation.validTo(), by, at);
  }

  /** Whether there was a designation to withdraw. */
  public boolean withdraw(String title, String period) {
    return jdbc.update("DELETE FROM top_signer WHERE title = ? AND period = ?", title, period) > 0;
  }

  public List<Map<String, Object>> all() {
    return jdbc.queryForList("""
        SELECT title, period, designer, valid_from, valid_to, designated_by, designated_at
        FROM top_signer ORDER BY valid_from DESC, title""");
  }
}
