package com.servicecentre.demo;

import com.servicecentre.demo.DemoHistory.TaskView;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * A repair: reported by a clerk, in a home or a public area, by trade and size; dispatched, arrived, done (or
 * waiting for parts first), priced from the price list when the rules make it chargeable, visited and signed off.
 * Lifts and door access go to the outside company. Some visits are dissatisfied: the job is reopened.
 */
final class DemoRepair extends DemoCase {

  private record Job(String trade, String description, String work, String materials) {}

  private static final List<Job> JOBS = List.of(
      new Job("plumbing-electrical", "厨房水龙头漏水", "更换水龙头及密封圈", "水龙头1个"),
      new Job("plumbing-electrical", "卧室插座无电", "更换插座，检查线路", "插座1个"),
      new Job("plumbing-electrical", "卫生间灯不亮", "更换灯具", "LED灯1个"),
      new Job("civil-doors-windows", "入户门锁卡滞", "更换锁芯", "锁芯1个"),
      new Job("civil-doors-windows", "窗户关不严漏风", "调整合页，更换密封条", "密封条3米"),
      new Job("drain", "地漏堵塞返水", "疏通地漏", "无"),
      new Job("drain", "楼道排水管堵塞", "疏通排水管", "无"),
      new Job("other", "阳台晾衣架损坏", "维修晾衣架", "滑轮2个"),
      new Job("lift", "电梯按钮失灵", "外包维保更换按钮", "按钮1个"),
      new Job("access-control", "单元门禁刷卡无反应", "外包维保更换读卡器", "读卡器1个"));

  private static final List<String> PUBLIC_AREAS = List.of("地下车库", "1栋大堂", "3栋电梯厅", "小区东门", "会所");

  private final Job job;
  private final boolean inHome;
  private final String size;
  private final String urgency;
  private final boolean underWarranty;
  private final boolean waitsFirst;
  private final int dissatisfied;
  private final String unit;
  private int works;
  private int visits;

  DemoRepair(String office, String starter, Random random, BiFunction<String, String, List<String>> members,
      List<String> units) {
    super("repair-dispatch", office, starter, random, members);
    this.job = pick(JOBS);
    boolean outside = job.trade().equals("lift") || job.trade().equals("access-control");
    this.inHome = !outside && !job.description().startsWith("楼道") && chance(0.75);
    double s = random.nextDouble();
    this.size = s < 0.6 ? "minor" : s < 0.9 ? "medium" : "major";
    this.urgency = chance(0.15) ? "urgent" : "normal";
    this.underWarranty = chance(0.08);
    this.waitsFirst = chance(0.1);
    this.dissatisfied = chance(0.15) ? 1 : 0;
    this.unit = pick(units);
  }

  @Override
  Map<String, Object> startVariables(LocalDateTime now) {
    Map<String, Object> vars = map("reporter", pick(List.of("王先生", "李女士", "陈先生", "周女士", "业主委员会")),
        "areaType", inHome ? "in-home" : "public-area", "trade", job.trade(), "repairSize", size,
        "urgency", urgency, "underWarranty", underWarranty, "description", job.description(),
        "phone", String.format("138%08d", random.nextInt(100_000_000)));
    if (inHome) {
      vars.put("unit", unit);
    } else {
      vars.put("location", pick(PUBLIC_AREAS));
    }
    return vars;
  }

  @Override
  List<Map<String, Object>> formFor(String taskKey, TaskView task) {
    return switch (taskKey) {
      case "dispatchTechnician" -> {
        List<String> technicians = new ArrayList<>(task.choices("maintenanceStaff"));
        yield technicians.isEmpty() ? List.of() : List.of(map("technician", pick(technicians)));
      }
      case "confirmArrival" -> List.of(map("arrivalNotes", "已到场"));
      case "repairOnSite" -> {
        if (waitsFirst && works++ == 0) {
          yield List.of(map("repairResult", "waiting", "waitReason", pick(List.of("parts", "owner")),
              "followUpDate", task.today().plusDays(2 + random.nextInt(6)).toString()));
        }
        yield List.of(charged(task, map("repairResult", "fixed", "workDone", job.work(),
            "materials", job.materials(), "labourHours", pick(List.of(0.5, 1.0, 1.5, 2.0)))));
      }
      case "recordOutsourcedReport" -> List.of(charged(task, map("workDone", job.work(),
          "materials", job.materials())));
      case "confirmCharge" -> List.of(map("ownerConfirmed", true));
      case "returnVisit" -> List.of(visits++ < dissatisfied
          ? map("satisfied", false, "dissatisfactionReason", "维修后问题复发")
          : map("satisfied", true));
      case "signOffReturnVisit" -> List.of(map("signOffNotes", "已阅"));
      default -> List.of();
    };
  }

  /**
   * The job's arrival and completion limits count from the report: a late dispatch would leave the technician's own
   * tasks overdue from the start, and the duty check refuses an overdue personal task to its assignee.
   */
  @Override
  boolean mayBeLate(String taskKey) {
    return !taskKey.equals("dispatchTechnician");
  }

  /** A chargeable job is priced from the list the form offers. */
  private Map<String, Object> charged(TaskView task, Map<String, Object> vars) {
    if (Boolean.TRUE.equals(task.variable("chargeable"))) {
      List<String> prices = task.choices("priceList");
      if (!prices.isEmpty()) {
        vars.put("chargeService", pick(prices));
        vars.put("chargeQuantity", 1 + random.nextInt(2));
      }
    }
    return vars;
  }
}
