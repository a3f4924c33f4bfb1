package com.servicecentre.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.servicecentre.calendar.WorkingCalendar;
import com.servicecentre.calendar.WorkingCalendars;
import com.servicecentre.common.EngineClock;
import com.servicecentre.common.InsertOnce;
import com.servicecentre.kpi.DailyWarning.WarningCase;
import com.servicecentre.notification.MessageType;
import com.servicecentre.notification.Notification;
import com.servicecentre.notification.NotificationPort;
import com.servicecentre.office.Office;
import com.servicecentre.office.Offices;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The KPI rhythm: 日预警 every working morning, 周通报 for the week before on the first working day of a week, 月考核
 * for the month before on the first working day of a month, per office and department, each stored (table
 * kpi_report) and sent to the department's head in that office (to the office manager where the office has no
 * head of that department; the office's own bulletin and assessment to the office manager).
 *
 * <p>Once per period on any number of nodes: a report is claimed by inserting the office's own row (department
 * "*") of its kind and period; only the node whose insert succeeded writes the departments' rows and their messages,
 * in the same transaction. The messages go to the outbox (OutboxNotifications writes in the caller's transaction),
 * so a node that dies between claim and send leaves either the rows and the messages, which the relay delivers from
 * any node, or neither, and then the next tick on any node produces the report. The relay, not this transaction,
 * talks to the mail server, so a slow channel never holds the claim.
 */
@Service
public class KpiReports {

  /** The department of the office's own row: the office as a whole. */
  public static final String WHOLE_OFFICE = "*";
  static final String OFFICE_MANAGER = "office-manager";
  private static final Logger LOG = LoggerFactory.getLogger(KpiReports.class);
  private static final int CASES_NAMED = 8;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("M月d日HH:mm");

  private final JdbcTemplate jdbc;
  private final Offices offices;
  private final WorkingCalendars calendars;
  private final DailyWarnings warnings;
  private final KpiBulletins bulletins;
  private final KpiCatalogue catalogue;
  private final NotificationPort notifications;
  private final ObjectMapper json;
  private final TransactionTemplate transaction;
  private final LocalTime at;
  private final String defaultCalendar;

  KpiReports(JdbcTemplate jdbc, Offices offices, WorkingCalendars calendars, DailyWarnings warnings,
      KpiBulletins bulletins, KpiCatalogue catalogue, NotificationPort notifications, ObjectMapper json,
      PlatformTransactionManager transactions,
      @Value("${service-centre.kpi.reports.at:08:00}") LocalTime at,
      @Value("${service-centre.kpi.reports.calendar:office-hours}") String defaultCalendar) {
    this.jdbc = jdbc;
    this.offices = offices;
    this.calendars = calendars;
    this.warnings = warnings;
    this.bulletins = bulletins;
    this.catalogue = catalogue;
    this.notifications = notifications;
    this.json = json.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    this.transaction = new TransactionTemplate(transactions);
    this.at = at;
    this.defaultCalendar = defaultCalendar;
  }

  /** What the schedule does at each tick: every office's reports that are due at this moment. */
  public List<KpiReport> runDue(Instant now) {
    return runDue(now, null);
  }

  /**
   * The reports due at this moment in these offices (null: every office), produced by this node (none when another
   * node had produced them). Due, once the office's day has reached service-centre.kpi.reports.at (default 08:00,
   * in its calendar's zone) on a working day of its calendar: that day's warning; the previous week's bulletin and
   * the previous month's assessment, which the first working day of the week and of the month produces (a later
   * working day produces them when no node ran on that day: late rather than never).
   */
  public List<KpiReport> runDue(Instant now, List<String> onlyOffices) {
    List<KpiReport> produced = new ArrayList<>();
    for (Office office : offices.all()) {
      if (onlyOffices != null && !onlyOffices.contains(office.code())) {
        continue;
      }
      try {
        WorkingCalendar calendar = calendarOf(office);
        ZonedDateTime local = now.atZone(calendar.zone());
        LocalDate today = local.toLocalDate();
        if (local.toLocalTime().isBefore(at) || !calendar.isWorkingDay(today)) {
          continue;
        }
        LocalDateTime moment = LocalDateTime.ofInstant(now, EngineClock.ZONE);
        produced.addAll(produce(KpiReportKind.DAILY, today, office, moment));
        for (KpiReportKind kind : List.of(KpiReportKind.WEEKLY, KpiReportKind.MONTHLY)) {
          produced.addAll(produce(kind, kind.previous(kind.periodOf(today)), office, moment));
        }
      } catch (RuntimeException e) {
        // One office's trouble (a calendar removed, say) must not keep the others' reports back; the next tick retries.
        LOG.warn("KPI reports of office {} failed: {}", office.code(), e.getMessage(), e);
      }
    }
    return produced;
  }

  /**
   * Produces and sends one office's report of a period unless it exists; the rows this node produced (empty when
   * the report was there already or another node claimed it at the same time).
   */
  public List<KpiReport> produce(KpiReportKind kind, LocalDate periodStart, String office) {
    return produce(kind, periodStart, known(office), EngineClock.now());
  }

  private List<KpiReport> produce(KpiReportKind kind, LocalDate periodStart, Office office, LocalDateTime now) {
    if (exists(kind, periodStart, office.code())) {
      return List.of();
    }
    Map<String, Object> contents = contents(kind, periodStart, office);
    Map<String, List<String>> recipients = recipients(kind, office, contents);
    Boolean claimed = transaction.execute(status -> {
      for (Map.Entry<String, Object> e : contents.entrySet()) {
        boolean inserted = InsertOnce.insert(jdbc, """
            INSERT INTO kpi_report (kind, period_start, period_end, office, department, content, recipients,
              created_at, rerun) VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE)""", kind.id(), periodStart,
            kind.endOf(periodStart), office.code(), e.getKey(), write(e.getValue()),
            joined(recipients.get(e.getKey())), now);
        if (!inserted) {
          // The office's row is inserted first: taken means another node (or a re-run) has this report.
          if (!WHOLE_OFFICE.equals(e.getKey())) {
            status.setRollbackOnly();
          }
          return false;
        }
      }
      contents.forEach((department, content) -> send(kind, periodStart, office, department, content,
          recipients.get(department), null));
      return true;
    });
    if (!Boolean.TRUE.equals(claimed)) {
      return List.of();
    }
    return reports(kind, periodStart, periodStart, List.of(office.code()), null);
  }

  /**
   * Computes an office's report of a past period anew and replaces what is stored (each row marked re-run, by whom
   * and when); a department without a row gets one. Sends the messages again only when {@code send} is true (new
   * message keys, so the outbox does not take them for the first ones). A report that was never produced is
   * produced and sent as the schedule would (not marked re-run). {@code periodStart}: the period's first day, a
   * Monday for the weekly bulletin, the 1st for the monthly assessment; a week or month must be over, a day begun.
   */
  public List<KpiReport> rerun(KpiReportKind kind, LocalDate periodStart, String office, boolean send, String by) {
    if (kind == null) {
      throw new KpiReportRefused("kind（报表类型）只能是 daily（日预警）、weekly（周通报）或 monthly（月考核）");
    }
    if (periodStart == null) {
      throw new KpiReportRefused("periodStart（期间开始日）必填");
    }
    if (!kind.startsOn(periodStart)) {
      throw new KpiReportRefused("periodStart（期间开始日）" + periodStart + " 不是" + kind.label() + "期间的第一天（"
          + (kind == KpiReportKind.WEEKLY ? "须为周一" : "须为每月1日") + "）");
    }
    Office known = known(office);
    // Today's warning is the schedule's (sent at service-centre.kpi.reports.at): a re-run before then would send
    // it early and take the day's slot. Days are the office calendar's.
    LocalDate today = EngineClock.instant().atZone(calendarOf(known).zone()).toLocalDate();
    if (!kind.endOf(periodStart).isBefore(today)) {
      throw new KpiReportRefused("periodStart（期间开始日）" + periodStart + "：只能重算已经过去的期间");
    }
    if (kind == KpiReportKind.DAILY && !calendarOf(known).isWorkingDay(periodStart)) {
      throw new KpiReportRefused("periodStart（期间开始日）" + periodStart + " 不是" + known.name() + "的工作日，当天没有日预警");
    }
    if (!exists(kind, periodStart, known.code())) {
      // Never produced (the nodes were down, or the schedule has not come to it yet): produced and sent now as the
      // schedule would have, so a re-run never keeps a report from its readers.
      List<KpiReport> produced = produce(kind, periodStart, known, EngineClock.now());
      if (!produced.isEmpty()) {
        return produced;
      }
    }
    Map<String, Object> contents = contents(kind, periodStart, known);
    Map<String, List<String>> recipients = recipients(kind, known, contents);
    LocalDateTime now = EngineClock.now();
    transaction.executeWithoutResult(status -> contents.forEach((department, content) -> {
      String text = write(content);
      String sentTo = send ? joined(recipients.get(department)) : null;
      int updated = jdbc.update("""
          UPDATE kpi_report SET content = ?, period_end = ?, rerun = TRUE, rerun_at = ?, rerun_by = ?,
            recipients = COALESCE(?, recipients)
          WHERE kind = ? AND period_start = ? AND office = ? AND department = ?""", text, kind.endOf(periodStart),
          now, by, sentTo, kind.id(), periodStart, known.code(), department);
      if (updated == 0 && !InsertOnce.insert(jdbc, """
          INSERT INTO kpi_report (kind, period_start, period_end, office, department, content, recipients,
            created_at, rerun, rerun_at, rerun_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)""", kind.id(),
          periodStart, kind.endOf(periodStart), known.code(), department, text, sentTo, now, now, by)) {
        // The tick claimed the period in the meantime: its row stands, re-run again for this content.
        throw new KpiReportRefused(kind.label() + " " + periodStart + " 正在生成，请稍后再重算");
      }
      if (send) {
        send(kind, periodStart, known, department, content, recipients.get(department),
            "rerun-" + EngineClock.instant().toEpochMilli());
      }
    }));
    return reports(kind, periodStart, periodStart, List.of(known.code()), null);
  }

  /**
   * The stored reports whose period starts from {@code from} to {@code to} (both included; null: unbounded), of a
   * kind (null: all), of these offices and departments (null: all; "*" is the office's own row), newest period
   * first, then by office, the office's own row before its departments.
   */
  public List<KpiReport> reports(KpiReportKind kind, LocalDate from, LocalDate to, List<String> inOffices,
      List<String> departments) {
    StringBuilder sql = new StringBuilder("SELECT * FROM kpi_report WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (kind != null) {
      sql.append(" AND kind = ?");
      args.add(kind.id());
    }
    if (from != null) {
      sql.append(" AND period_start >= ?");
      args.add(from);
    }
    if (to != null) {
      sql.append(" AND period_start <= ?");
      args.add(to);
    }
    in(sql, args, "office", inOffices);
    in(sql, args, "department", departments);
    sql.append(" ORDER BY period_start DESC, kind, office, department");
    return jdbc.query(sql.toString(), (rs, i) -> report(rs), args.toArray());
  }

  /** The office's report contents by department, the office's own ("*") first. */
  private Map<String, Object> contents(KpiReportKind kind, LocalDate periodStart, Office office) {
    Map<String, Object> contents = new LinkedHashMap<>();
    if (kind == KpiReportKind.DAILY) {
      contents.putAll(warnings.of(office, periodStart, calendarOf(office).zone()));
    } else {
      contents.putAll(bulletins.of(kind, periodStart, office));
    }
    return contents;
  }

  /**
   * Who is told, per department: the members of its head groups who work in the office, else the office manager;
   * the office's own bulletin and assessment go to the office manager, its warning to nobody (each head has his).
   * Nobody is told of a warning without cases, or a bulletin without a figure measured.
   */
  private Map<String, List<String>> recipients(KpiReportKind kind, Office office, Map<String, Object> contents) {
    Map<String, List<String>> to = new LinkedHashMap<>();
    List<String> managers = offices.membersOf(office.code(), OFFICE_MANAGER);
    contents.forEach((department, content) -> {
      boolean nothing = content instanceof DailyWarning w ? w.isEmpty()
          : ((KpiBulletin) content).figures().isEmpty();
      if (nothing || (WHOLE_OFFICE.equals(department) && kind == KpiReportKind.DAILY)) {
        to.put(department, List.of());
        return;
      }
      Set<String> people = new LinkedHashSet<>();
      if (!WHOLE_OFFICE.equals(department)) {
        catalogue.department(department).ifPresent(d -> d.heads().forEach(
            group -> people.addAll(offices.membersOf(office.code(), group))));
      }
      if (people.isEmpty()) {
        people.addAll(managers);
      }
      to.put(department, List.copyOf(people));
    });
    return to;
  }

  private void send(KpiReportKind kind, LocalDate periodStart, Office office, String department, Object content,
      List<String> people, String round) {
    if (people == null || people.isEmpty()) {
      return;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("officeTitle", office.name());
    fields.put("department", WHOLE_OFFICE.equals(department) ? "全部门"
        : catalogue.department(department).map(KpiDepartment::name).orElse(department));
    fields.put("period", kind.periodLabel(periodStart));
    MessageType type;
    if (content instanceof DailyWarning w) {
      type = KpiReportMessages.DAILY_WARNING;
      fields.put("dueToday", String.valueOf(w.dueToday().size()));
      fields.put("overdue", String.valueOf(w.overdue().size()));
      fields.put("reopened", String.valueOf(w.reopened().size()));
      fields.put("detail", casesNamed(w));
    } else {
      KpiBulletin b = (KpiBulletin) content;
      type = kind == KpiReportKind.WEEKLY ? KpiReportMessages.WEEKLY_BULLETIN : KpiReportMessages.MONTHLY_ASSESSMENT;
      fields.put("figures", String.valueOf(b.figures().size()));
      fields.put("missed", String.valueOf(b.missed().size()));
      fields.put("worse", String.valueOf(b.worse().size()));
      fields.put("detail", missedNamed(b));
    }
    String key = String.join(":", "kpi", kind.id(), periodStart.toString(), office.code(), department);
    if (round != null) {
      key += ":" + round;
    }
    for (String person : people) {
      notifications.send(Notification.of(key + ":" + person, type, person, fields, false, null));
    }
  }

  /** 超时：BX000012（上门到场）…；今日到期：…；多次重开：…。 — the first few of each list. */
  private static String casesNamed(DailyWarning w) {
    List<String> parts = new ArrayList<>();
    BiFunction<List<WarningCase>, DateTimeFormatter, String> named = (list, time) -> list.stream()
        .limit(CASES_NAMED).map(c -> c.caseNo() + "（" + c.step() + " " + time.format(c.due()) + "）")
        .collect(Collectors.joining("、")) + (list.size() > CASES_NAMED ? "等" + list.size() + "件" : "");
    if (!w.overdue().isEmpty()) {
      parts.add("超时：" + named.apply(w.overdue(), DAY_AND_TIME));
    }
    if (!w.dueToday().isEmpty()) {
      parts.add("今日到期：" + named.apply(w.dueToday(), TIME));
    }
    if (!w.reopened().isEmpty()) {
      parts.add("多次重开：" + w.reopened().stream().limit(CASES_NAMED)
          .map(c -> c.caseNo() + "（" + c.reopenCount() + "次）").collect(Collectors.joining("、")));
    }
    return String.join("；", parts) + "。";
  }

  /** 未达标：投诉按时答复率 80%（目标 95%）…, or for the office the departments that missed. */
  private String missedNamed(KpiBulletin b) {
    if (WHOLE_OFFICE.equals(b.department()) && !b.departmentsMissed().isEmpty()) {
      return "未达标部门：" + b.departmentsMissed().stream().map(d -> d.name() + "（" + d.missed().size() + "项）")
          .collect(Collectors.joining("、")) + "。";
    }
    if (b.missed().isEmpty()) {
      return WHOLE_OFFICE.equals(b.department()) ? "各部门各项指标均达标。" : "各项指标均达标。";
    }
    return "未达标：" + b.figures().stream().filter(l -> Boolean.FALSE.equals(l.met()))
        .map(l -> l.name() + " " + shown(l.value(), l.unit()) + "（目标 " + shown(l.target().doubleValue(), l.unit())
            + "）")
        .collect(Collectors.joining("、")) + "。";
  }

  private static String shown(Double value, String unit) {
    if (value == null) {
      return "—";
    }
    String number = String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    return switch (unit) {
      case Kpi.PERCENT -> number + "%";
      case "hours" -> number + "小时";
      case "days" -> number + "天";
      default -> number;
    };
  }

  private KpiReport report(ResultSet rs) throws SQLException {
    KpiReportKind kind = KpiReportKind.parse(rs.getString("kind"));
    LocalDate start = rs.getDate("period_start").toLocalDate();
    String office = rs.getString("office");
    String department = rs.getString("department");
    String recipients = rs.getString("recipients");
    Timestamp rerunAt = rs.getTimestamp("rerun_at");
    JsonNode content;
    try {
      content = json.readTree(rs.getString("content"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("kpi_report " + rs.getLong("id") + " holds no JSON", e);
    }
    return new KpiReport(rs.getLong("id"), kind.id(), kind.label(), start, rs.getDate("period_end").toLocalDate(),
        kind.periodLabel(start), office, offices.nameOf(office), department,
        WHOLE_OFFICE.equals(department) ? offices.nameOf(office)
            : catalogue.department(department).map(KpiDepartment::name).orElse(department),
        content, recipients == null || recipients.isEmpty() ? List.of() : Arrays.asList(recipients.split(",")),
        rs.getTimestamp("created_at").toLocalDateTime(), rs.getBoolean("rerun"),
        rerunAt == null ? null : rerunAt.toLocalDateTime(), rs.getString("rerun_by"));
  }

  private boolean exists(KpiReportKind kind, LocalDate periodStart, String office) {
    return jdbc.queryForObject("""
        SELECT COUNT(*) FROM kpi_report WHERE kind = ? AND period_start = ? AND office = ? AND department = ?""",
        Integer.class, kind.id(), Date.valueOf(periodStart), office, WHOLE_OFFICE) > 0;
  }

  private Office known(String office) {
    return offices.find(office).orElseThrow(() -> new KpiReportRefused("office（管理处/店面）" + office + " 不存在"));
  }

  private WorkingCalendar calendarOf(Office office) {
    return calendars.get(office.calendar() == null || office.calendar().isBlank() ? defaultCalendar
        : office.calendar());
  }

  private String write(Object content) {
    try {
      return json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report content cannot be written", e);
    }
  }

  private static String joined(List<String> people) {
    if (people == null || people.isEmpty()) {
      return null;
    }
    String all = String.join(",", people);
    return all.length() > 1000 ? all.substring(0, 1000) : all;
  }

  private static void in(StringBuilder sql, List<Object> args, String column, List<String> values) {
    if (values == null) {
      return;
    }
    if (values.isEmpty()) {
      sql.append(" AND 1 = 0");
      return;
    }
    sql.append(" AND ").append(column).append(" IN (")
        .append(String.join(", ", values.stream().map(v -> "?").toList())).append(')');
    args.addAll(values);
  }
}
