package com.servicecentre.complaint;

import static com.servicecentre.complaint.ComplaintProcess.CATEGORY;
import static com.servicecentre.complaint.ComplaintProcess.CHANNEL;
import static com.servicecentre.complaint.ComplaintProcess.COMPLAINANT_CHANNEL;
import static com.servicecentre.complaint.ComplaintProcess.COMPLAINANT_CONTACT;
import static com.servicecentre.complaint.ComplaintProcess.COMPLAINANT_NAME;
import static com.servicecentre.complaint.ComplaintProcess.DESCRIPTION;
import static com.servicecentre.complaint.ComplaintProcess.INTAKE_RESOLUTION;
import static com.servicecentre.complaint.ComplaintProcess.PHONE;
import static com.servicecentre.complaint.ComplaintProcess.REPLY_DECLINED;
import static com.servicecentre.complaint.ComplaintProcess.REPLY_WANTED;
import static com.servicecentre.complaint.ComplaintProcess.RETURN_VISIT_WANTED;
import static com.servicecentre.complaint.ComplaintProcess.SETTLED_AT_INTAKE;
import static com.servicecentre.complaint.ComplaintProcess.SEVERITY;
import static com.servicecentre.complaint.ComplaintProcess.UNIT;

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
    boolean replyDeclined,
    boolean settledAtIntake,
    String intakeResolution,
    boolean returnVisitWanted) {

  /** 电话, 来访, 网上, 巡查. */
  public static final List<String> CHANNELS = List.of("phone", "visit", "online", "inspection");
  /** 维修, 环境卫生, 安全秩序, 收费, 噪音, 服务态度, 外包服务质量, 其他. */
  public static final List<String> CATEGORIES = List.of(
      "repair", "sanitation", "security", "fees", "noise", "staff-attitude", "outsourced-service", "other");
  /** 维修 … 其他, as staff read a category. */
  private static final java.util.Map<String, String> CATEGORY_NAMES = java.util.Map.of(
      "repair", "维修", "sanitation", "环境卫生", "security", "安全秩序", "fees", "收费", "noise", "噪音",
      "staff-attitude", "服务态度", "outsourced-service", "外包服务质量", "other", "其他");
  /** The departments a supervisor may make responsible (the choices of complaint-decide-department). */
  public static final List<String> DEPARTMENTS =
      List.of("maintenance", "finance", "customer-service", "cs-supervisor", "office-manager");
  /** 一般, 严重, 紧急. */
  public static final List<String> SEVERITIES = List.of("normal", "serious", "urgent");

  public static String categoryName(String category) {
    return CATEGORY_NAMES.getOrDefault(category, category);
  }

  /** The intake form as entered: every problem named at once. */
  public static Complaint from(VariableScope variables) {
    FormInput in = new FormInput(variables);
    String unit = in.optionalText(UNIT.name());
    String phone = in.optionalPhone(PHONE.name(), "电话");
    if (unit == null && phone == null && in.optionalText(PHONE.name()) == null) {
      in.problem(PHONE.name(), "电话", "电话和楼栋/房号(unit)至少填一项");
    }
    boolean settled = in.flag(SETTLED_AT_INTAKE.name());
    Complaint complaint = new Complaint(
        in.text(COMPLAINANT_NAME.name(), "投诉人"),
        unit,
        phone,
        in.oneOf(CHANNEL.name(), "渠道", CHANNELS),
        in.oneOf(CATEGORY.name(), "类别", CATEGORIES),
        in.oneOf(SEVERITY.name(), "严重程度", SEVERITIES),
        in.text(DESCRIPTION.name(), "投诉内容"),
        in.flag(REPLY_DECLINED.name()),
        settled,
        settled ? in.text(INTAKE_RESOLUTION.name(), "当场处理结果") : null,
        settled && in.flag(RETURN_VISIT_WANTED.name()));
    in.check();
    return complaint;
  }

  /** The complaint as {@link #keep} left it on the case. */
  public static Complaint kept(VariableScope variables) {
    return new Complaint(COMPLAINANT_NAME.get(variables), UNIT.from(variables), PHONE.from(variables),
        CHANNEL.get(variables), CATEGORY.get(variables), SEVERITY.get(variables), DESCRIPTION.get(variables),
        REPLY_DECLINED.get(variables), SETTLED_AT_INTAKE.get(variables), INTAKE_RESOLUTION.from(variables),
        RETURN_VISIT_WANTED.get(variables));
  }

  /**
   * 件件有回音: a reply goes out whenever the complainant left a way to reach them (a phone or a unit), unless they
   * themselves said they want none.
   */
  public boolean replyWanted() {
    return !replyDeclined && (phone != null || unit != null);
  }

  /** Keeps the checked values, and where the reply goes. */
  public void keep(VariableScope variables) {
    COMPLAINANT_NAME.keep(variables, complainantName);
    UNIT.keep(variables, unit);
    PHONE.keep(variables, phone);
    DESCRIPTION.keep(variables, description);
    REPLY_DECLINED.keep(variables, replyDeclined);
    REPLY_WANTED.set(variables, replyWanted());
    SETTLED_AT_INTAKE.keep(variables, settledAtIntake);
    INTAKE_RESOLUTION.keep(variables, intakeResolution);
    RETURN_VISIT_WANTED.keep(variables, returnVisitWanted);
    COMPLAINANT_CONTACT.set(variables, phone != null ? phone : unit);
    COMPLAINANT_CHANNEL.set(variables, phone != null ? "sms" : "notice");
  }
}
