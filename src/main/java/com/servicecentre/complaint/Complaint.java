package com.servicecentre.complaint;

import com.servicecentre.common.FormInput;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A complaint as taken at intake (投诉受理). */
public record Complaint(
    String complainantName,
    String unit,
    String phone,
    String channel,
    String category,
    String severity,
    String description,
    boolean replyWanted,
    boolean settledAtIntake,
    String intakeResolution) {

  /** 电话, 来访, 网上, 巡查. */
  public static final List<String> CHANNELS = List.of("phone", "visit", "online", "inspection");
  /** 维修, 环境卫生, 安全秩序, 收费, 噪音, 服务态度, 外包服务质量, 其他. */
  public static final List<String> CATEGORIES = List.of(
      "repair", "sanitation", "security", "fees", "noise", "staff-attitude", "outsourced-service", "other");
  /** 一般, 严重, 紧急. */
  public static final List<String> SEVERITIES = List.of("normal", "serious", "urgent");

  public static Complaint from(VariableScope variables) {
    FormInput in = new FormInput(variables);
    String unit = in.optionalText("unit");
    String phone = in.optionalPhone("phone", "电话");
    if (unit == null && phone == null && in.optionalText("phone") == null) {
      in.problem("phone", "电话", "电话和楼栋/房号(unit)至少填一项");
    }
    boolean settled = in.flag("settledAtIntake");
    Complaint complaint = new Complaint(
        in.text("complainantName", "投诉人"),
        unit,
        phone,
        in.oneOf("channel", "渠道", CHANNELS),
        in.oneOf("category", "类别", CATEGORIES),
        in.oneOf("severity", "严重程度", SEVERITIES),
        in.text("description", "投诉内容"),
        variables.getVariable("replyWanted") == null || in.flag("replyWanted"),
        settled,
        settled ? in.text("intakeResolution", "当场处理结果") : null);
    in.check();
    return complaint;
  }

  /** Where the reply goes: an SMS to the phone, otherwise a written notice to the unit. */
  public String contact() {
    return phone != null ? phone : unit;
  }

  public String contactChannel() {
    return phone != null ? "sms" : "notice";
  }
}
