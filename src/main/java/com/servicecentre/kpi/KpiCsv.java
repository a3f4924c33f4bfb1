package com.servicecentre.kpi;

import com.servicecentre.common.CsvLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures, and the cases behind one, as the CSV a manager opens in Excel: Chinese headings, one row each. */
final class KpiCsv {

  private KpiCsv() {}

  static String figures(List<KpiFigure> figures) {
    StringBuilder csv = new StringBuilder();
    CsvLines.line(csv, List.of("指标代码", "指标", "分组", "分组名称", "分子", "分母", "值", "单位", "目标", "达标", "原因"));
    for (KpiFigure f : figures) {
      List<String> reasons = new ArrayList<>();
      f.reasons().forEach((reason, count) -> reasons.add(reason + " " + count));
      CsvLines.line(csv, List.of(f.kpi(), f.name(), f.group(), f.groupLabel(), number(f.numerator()),
          number(f.denominator()), f.value() == null ? "—" : number(f.value()), unit(f.unit()),
          f.target() == null ? "" : f.target().toPlainString(),
          f.met() == null ? "—" : f.met() ? "是" : "否", String.join("; ", reasons)));
    }
    return csv.toString();
  }

  static String cases(Kpi kpi, List<KpiCase> cases) {
    StringBuilder csv = new StringBuilder();
    CsvLines.line(csv, List.of("指标", "编号", "管理处/门店", "部门", "人员", "日期", "计入分子", "计入分母", "原因"));
    for (KpiCase c : cases) {
      CsvLines.line(csv, List.of(kpi.name(), c.caseNo(), nullToEmpty(c.office()), c.departmentName(),
          c.personName(), c.date().toString(), number(c.numerator()), number(c.denominator()),
          nullToEmpty(c.reason())));
    }
    return csv.toString();
  }

  /** Whole numbers without a decimal point, others to two places (a percentage, an average of hours). */
  static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String unit(String unit) {
    return switch (unit) {
      case Kpi.PERCENT -> "%";
      case "hours" -> "小时";
      case "days" -> "天";
      default -> unit;
    };
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
