package com.servicecentre.kpi;

import com.servicecentre.api.ApiException;
import com.servicecentre.api.StaffMember;
import com.servicecentre.common.EngineClock;
import com.servicecentre.office.Offices;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The key figures as JSON or CSV (the KPI page reads the same): {@code GET /api/kpi?from=&to=&department=&groupBy=},
 * the cases behind one figure, the catalogue, and a manager's change of a target.
 */
@RestController
@RequestMapping("/api/kpi")
public class KpiController {

  /** Who changes a target: the office manager (管理处主任), and administrators. */
  static final List<String> TARGET_SETTERS = List.of("office-manager");
  /** A breakdown by day is for a few months at most; by other periods, ten years. */
  private static final long MAX_DAYS_BY_DAY = 366;
  private static final long MAX_DAYS = 3660;
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final KpiFigures figures;
  private final KpiCatalogue catalogue;
  private final Offices offices;
  private final KpiReports reports;

  public KpiController(KpiFigures figures, KpiCatalogue catalogue, Offices offices, KpiReports reports) {
    this.figures = figures;
    this.catalogue = catalogue;
    this.offices = offices;
    this.reports = reports;
  }

  /** Who is asking and what they may see, for the page to offer the right filters. */
  @GetMapping("/me")
  public Map<String, Object> me(HttpServletRequest request) {
    StaffMember member = StaffMember.of(request);
    KpiViewer viewer = viewer(request);
    Map<String, Object> me = new LinkedHashMap<>();
    me.put("userId", member.userId());
    me.put("scope", viewer.scope());
    me.put("departments", catalogue.departments().stream()
        .filter(d -> viewer.departments() == null || viewer.departments().contains(d.id()))
        .map(d -> Map.of("id", d.id(), "name", d.name())).toList());
    me.put("offices", offices.all().stream().filter(o -> member.sees(o.code()))
        .map(o -> Map.of("code", o.code(), "name", o.name())).toList());
    me.put("setsTargets", member.admin() || TARGET_SETTERS.stream().anyMatch(member.groups()::contains));
    me.put("readsAuditTrails", viewer.readsAuditTrails());
    return me;
  }

  /** The catalogue: each figure's definition, with the targets of the office (default: the person's only one). */
  @GetMapping("/catalogue")
  public List<Kpi> catalogue(HttpServletRequest request, @RequestParam(required = false) String office) {
    KpiViewer viewer = viewer(request);
    return catalogue.all(KpiFigures.singleOffice(
        new KpiQuery(LocalDate.MIN, LocalDate.MIN, null, null, null, viewer.offices(blankToNull(office)))));
  }

  /**
   * The figures of the cases received from {@code from} to {@code to} (dates, both included; default this month
   * to today), per {@code groupBy} (total, department, person, day, week, month, quarter, year). As CSV with
   * {@code format=csv}.
   */
  @GetMapping
  public ResponseEntity<?> figures(HttpServletRequest request, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String department,
      @RequestParam(required = false) String person, @RequestParam(required = false) String office,
      @RequestParam(required = false) String groupBy, @RequestParam(required = false) String format) {
    KpiQuery query = query(request, from, to, department, person, office, groupBy);
    List<KpiFigure> result = figures.compute(query);
    if ("csv".equalsIgnoreCase(format)) {
      return csv("kpi-" + query.from() + "-" + query.to() + ".csv", KpiCsv.figures(result));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from", query.from());
    body.put("to", query.to());
    body.put("groupBy", query.groupBy().name().toLowerCase());
    body.put("figures", result);
    return ResponseEntity.ok(body);
  }

  /** The cases behind one figure ({@code kpi}) of one group ({@code group}, as the figures name it; all groups if absent). */
  @GetMapping("/cases")
  public ResponseEntity<?> cases(HttpServletRequest request, @RequestParam(required = false) String kpi,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String department, @RequestParam(required = false) String person,
      @RequestParam(required = false) String office, @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String group, @RequestParam(required = false) String format) {
    Kpi figure = kpi == null ? null : catalogue.find(kpi, null).orElse(null);
    if (figure == null) {
      throw new ApiException(400, "指标 (kpi) 必须是目录中的代码，如 complaint-satisfied，而不是 '" + kpi + "'");
    }
    KpiQuery query = query(request, from, to, department, person, office, groupBy);
    List<KpiCase> cases = figures.cases(query, figure.code(), group);
    if ("csv".equalsIgnoreCase(format)) {
      return csv(figure.code() + "-" + query.from() + "-" + query.to() + ".csv", KpiCsv.cases(figure, cases));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kpi", figure);
    body.put("group", group);
    body.put("cases", cases);
    return ResponseEntity.ok(body);
  }

  /**
   * An office manager's new target for one figure of his office: {@code {"target": 96}}; {@code office} may be left
   * out by someone who works in one office only.
   */
  @PutMapping("/targets/{code}")
  public Kpi changeTarget(HttpServletRequest request, @PathVariable String code,
      @RequestParam(required = false) String office,
      @RequestBody(required = false) Map<String, Object> body) {
    StaffMember member = StaffMember.of(request).require(TARGET_SETTERS, "修改指标目标值");
    if (catalogue.find(code, null).isEmpty()) {
      throw new ApiException(404, "没有代码为 " + code + " 的指标");
    }
    List<String> offices = KpiViewer.of(member, catalogue).offices(blankToNull(office));
    if (offices == null || offices.size() != 1) {
      throw new ApiException(400, "请指明管理处/门店 (office)：目标值按管理处/门店设定");
    }
    Object target = body == null ? null : body.get("target");
    BigDecimal value;
    try {
      value = target == null ? null : new BigDecimal(target.toString().trim());
    } catch (NumberFormatException e) {
      value = null;
    }
    if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100000)) >= 0
        || value.scale() > 2) {
      throw new ApiException(400, "目标值 (target) 必须是不小于 0 的数，最多两位小数，如 96 或 95.5");
    }
    return catalogue.changeTarget(code, offices.get(0), value, member.userId());
  }

  /**
   * The daily warnings, weekly bulletins and monthly assessments produced for periods starting from {@code from}
   * to {@code to} (default the last 31 days), of one kind (default all), office and department when given. Heads
   * read their departments' reports, overseers every department's and the offices' own (department "*"); a
   * person who reads only his own figures reads none.
   */
  @GetMapping("/reports")
  public List<KpiReport> reports(HttpServletRequest request, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String office, @RequestParam(required = false) String department) {
    KpiViewer viewer = viewer(request);
    if (viewer.ownOnly()) {
      throw new ApiException(403, viewer.member().userId() + " 无权查看部门的日预警、周通报和月考核：只能查看本人的指标");
    }
    KpiReportKind reportKind = kind == null || kind.isBlank() ? null : reportKind(kind);
    LocalDate today = EngineClock.now().toLocalDate();
    LocalDate start = date(from, "from", "开始日期", today.minusDays(31));
    LocalDate end = date(to, "to", "结束日期", today);
    String asked = blankToNull(department);
    if (asked != null && viewer.departments() != null && !viewer.departments().contains(asked)) {
      throw new ApiException(403, viewer.member().userId() + " 无权查看部门 " + asked + " 的报表：只能查看所管部门的报表");
    }
    List<String> departments = asked != null ? List.of(asked)
        : viewer.departments() == null ? null : List.copyOf(viewer.departments());
    return reports.reports(reportKind, start, end, viewer.offices(blankToNull(office)), departments);
  }

  /**
   * Produces an office's report of a past period again ({@code periodStart}: its first day) and replaces what is
   * stored; sends it again only with {@code send=true}. The office manager and administrators only.
   */
  @PostMapping("/reports/{kind}/{periodStart}/rerun")
  public List<KpiReport> rerun(HttpServletRequest request, @PathVariable String kind, @PathVariable String periodStart,
      @RequestParam(required = false) String office, @RequestParam(defaultValue = "false") boolean send) {
    StaffMember member = StaffMember.of(request).require(TARGET_SETTERS, "重新生成报表");
    if (blankToNull(office) == null) {
      throw new ApiException(400, "管理处/门店 (office) 必填，如 A01");
    }
    KpiViewer.of(member, catalogue).offices(office.trim());
    try {
      return reports.rerun(reportKind(kind), date(periodStart, "periodStart", "期间开始日", null), office.trim(), send,
          member.userId());
    } catch (KpiReportRefused e) {
      throw new ApiException(400, e.getMessage());
    }
  }

  private static KpiReportKind reportKind(String kind) {
    KpiReportKind parsed = KpiReportKind.parse(kind.trim());
    if (parsed == null) {
      throw new ApiException(400, "报表类型 (kind) 必须是 daily（日预警）、weekly（周通报）或 monthly（月考核），而不是 '"
          + kind + "'");
    }
    return parsed;
  }

  private KpiQuery query(HttpServletRequest request, String from, String to, String department, String person,
      String office, String groupBy) {
    KpiViewer viewer = viewer(request);
    LocalDate today = EngineClock.now().toLocalDate();
    LocalDate start = date(from, "from", "开始日期", today.withDayOfMonth(1));
    LocalDate end = date(to, "to", "结束日期", today);
    if (end.isBefore(start)) {
      throw new ApiException(400, "结束日期 (to) 不能早于开始日期 (from)");
    }
    GroupBy by = GroupBy.parse(groupBy);
    if (by == null) {
      throw new ApiException(400, "分组 (groupBy) 必须是 total、department、person、day、week、month、quarter 或 year，"
          + "而不是 '" + groupBy + "'");
    }
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    if (days > (by == GroupBy.DAY ? MAX_DAYS_BY_DAY : MAX_DAYS)) {
      throw new ApiException(400, by == GroupBy.DAY ? "按日分组时查询期间 (from–to) 最多 366 天"
          : "查询期间 (from–to) 最多 10 年");
    }
    if (department != null && catalogue.department(department).isEmpty()) {
      throw new ApiException(400, "部门 (department) 必须是 "
          + String.join("、", catalogue.departments().stream().map(KpiDepartment::id).toList()) + " 之一，而不是 '"
          + department + "'");
    }
    return viewer.narrow(new KpiQuery(start, end, null, null, by, null), blankToNull(department),
        blankToNull(person), blankToNull(office));
  }

  private KpiViewer viewer(HttpServletRequest request) {
    return KpiViewer.of(StaffMember.of(request), catalogue);
  }

  private static LocalDate date(String value, String name, String label, LocalDate otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new ApiException(400, label + " (" + name + ") 必须是日期，如 2026-11-01，而不是 '" + value + "'");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static ResponseEntity<String> csv(String filename, String body) {
    // The byte-order mark lets Excel read the Chinese text as UTF-8.
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
        .body("\uFEFF" + body);
  }
}
