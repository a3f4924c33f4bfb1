package com.servicecentre.demo;

import com.servicecentre.demo.DemoHistory.TaskView;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * A complaint: taken by a clerk, investigated, given to customer service, maintenance or finance, handled, replied
 * and visited; some settled at intake, some serious or urgent (visited by the supervisor or the office manager,
 * important events reviewed), some dissatisfied once or twice (reopened, the second time to the office manager).
 */
final class DemoComplaint extends DemoCase {

  private record Topic(String category, String description, String fix, String department) {}

  private static final List<Topic> TOPICS = List.of(
      new Topic("noise", "楼上夜间装修噪音，影响休息", "上门劝导，限定施工时间", "customer-service"),
      new Topic("sanitation", "楼道垃圾未及时清运，有异味", "加派保洁，每日清运两次", "customer-service"),
      new Topic("repair", "卫生间天花板渗水，报修后无人处理", "工程部上门检修", "maintenance"),
      new Topic("repair", "电梯频繁停运", "联系维保单位检修", "maintenance"),
      new Topic("security", "小区门禁损坏，外来人员随意进出", "修复门禁，加强巡逻", "maintenance"),
      new Topic("fees", "物业费账单金额有误", "核对账单，退还多收费用", "finance"),
      new Topic("fees", "停车费重复扣款", "核实后退款", "finance"),
      new Topic("staff-attitude", "前台工作人员态度生硬", "约谈当事员工，向业主致歉", "customer-service"),
      new Topic("outsourced-service", "绿化外包公司修剪不及时", "督促外包公司整改", "customer-service"),
      new Topic("other", "小区公告栏信息过期", "更新公告栏", "customer-service"));

  private static final List<String> NAMES = List.of("刘女士", "王先生", "陈女士", "张先生", "李阿姨", "赵先生",
      "黄女士", "周先生", "吴女士", "孙先生");

  private final Topic topic;
  private final String severity;
  private final boolean settledAtIntake;
  private final boolean visitWanted;
  private final boolean replyDeclined;
  /** How many return visits are dissatisfied before one is satisfied (0, 1 or 2). */
  private final int dissatisfied;
  private final String department;
  private final String unit;
  private int visits;

  DemoComplaint(String office, String starter, Random random, BiFunction<String, String, List<String>> members,
      List<String> units) {
    super("complaint-handling", office, starter, random, members);
    this.topic = pick(TOPICS);
    double s = random.nextDouble();
    this.severity = s < 0.8 ? "normal" : s < 0.95 ? "serious" : "urgent";
    this.settledAtIntake = chance(0.15);
    this.visitWanted = settledAtIntake && chance(0.5);
    this.replyDeclined = !settledAtIntake && chance(0.05);
    double d = random.nextDouble();
    this.dissatisfied = d < 0.04 ? 2 : d < 0.16 ? 1 : 0;
    // An office without the department (锦绣苑 has no finance clerk) gives the complaint to customer service.
    String wanted = chance(0.1) ? pick(List.of("customer-service", "maintenance", "finance")) : topic.department();
    this.department = members.apply(wanted, office).isEmpty() ? "customer-service" : wanted;
    this.unit = pick(units);
  }

  @Override
  Map<String, Object> startVariables(LocalDateTime now) {
    Map<String, Object> vars = map("complainantName", pick(NAMES), "unit", unit,
        "phone", String.format("139%08d", random.nextInt(100_000_000)),
        "channel", pick(List.of("phone", "phone", "visit", "online", "inspection")), "category", topic.category(),
        "severity", severity, "description", topic.description());
    if (replyDeclined) {
      vars.put("replyDeclined", true);
    }
    if (settledAtIntake) {
      vars.put("settledAtIntake", true);
      vars.put("intakeResolution", "当场向业主解释并处理：" + topic.fix());
      vars.put("returnVisitWanted", visitWanted);
    }
    return vars;
  }

  @Override
  List<String> preferred(String taskKey, List<String> candidateGroups) {
    // The handling department first: the supervisor and the manager join an overdue task, the handler keeps it.
    if (taskKey.equals("handleComplaint") && candidateGroups.contains(department)) {
      return List.of(department);
    }
    return candidateGroups;
  }

  @Override
  List<Map<String, Object>> formFor(String taskKey, TaskView task) {
    return switch (taskKey) {
      case "investigateComplaint" -> List.of(map("findings", "经现场核实，情况属实：" + topic.description(),
          "suggestedFix", topic.fix()));
      case "decideDepartment" -> List.of(map("responsibleGroup", department, "proposedFix", topic.fix()));
      case "handleComplaint", "handleReopenedComplaintAsOfficeManager" -> List.of(map(
          "cause", visits == 0 ? "经查：" + topic.description() : "回访不满意，再次核查",
          "actions", topic.fix(), "result", visits == 0 ? "已处理完毕" : "已再次整改并复查"));
      case "replyToComplainant" -> List.of(map("replyMethod", pick(List.of("phone", "phone", "sms", "visit")),
          "replyText", "您反映的问题已处理：" + topic.fix() + "。感谢监督。"));
      case "returnVisit" -> {
        boolean satisfied = visits++ >= dissatisfied;
        yield List.of(satisfied ? map("satisfied", true, "visitNotes", "业主表示满意")
            : map("satisfied", false, "dissatisfactionReason", pick(List.of("问题仍未解决", "处理太慢", "态度敷衍"))));
      }
      case "reviewImportantEvent" -> List.of(map("managerInstruction", "已阅，请跟进并每周汇报"));
      default -> List.of();
    };
  }
}
