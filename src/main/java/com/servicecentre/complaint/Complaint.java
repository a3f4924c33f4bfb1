package com.servicecentre.complaint;

import static com.servicecentre.complaint.ComplaintProcess.CATEGORY;
import static com.servicecentre.complaint.ComplaintProcess.CHANNEL;
import static com.servicecentre.complaint.ComplaintProcess.COMPLAINANT_CHANNEL;
import static com.servicecentre.complaint.ComplaintProcess.COMPLAINANT_CONTACT;
import static com.servicecentre.complaint.ComplaintProcess.COMPLAINANT_NAME;
import static com.servicecentre.complaint.ComplaintProcess.DESCRIPTION;
import static com.servicecentre.complaint.ComplaintProcess.INTAKE_RESOLUTION;
import static com.servicecentre.complaint.ComplaintProcess.PHONE;
import static com.servicecentre.complaint.ComplaintProcess.REPLY_WANTED;
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
        variables.getVariable(REPLY_WANTED.name()) == null || in.flag(REPLY_WANTED.name()),
        settled,
        settled ? in.text(INTAKE_RESOLUTION.name(), "当场处理结果") : null);
    in.check();
    return complaint;
  }

  /** The complaint as {@link #keep} left it on the case. */
  public static Complaint kept(VariableScope variables) {
    return new Complaint(COMPLAINANT_NAME.get(variables), UNIT.from(variables), PHONE.from(variables),
        CHANNEL.get(variables), CATEGORY.get(variables), SEVERITY.get(variables), DESCRIPTION.get(variables),
        REPLY_WANTED.get(variables), SETTLED_AT_INTAKE.get(variables), INTAKE_RESOLUTION.from(variables));
  }

  /** Keeps the checked values, and where the reply goes. */
  public void keep(VariableScope variables) {
    COMPLAINANT_NAME.keep(variables, complainantName);
    UNIT.keep(variables, unit);
    PHONE.keep(variables, phone);
    DESCRIPTION.keep(variables, description);
    REPLY_WANTED.keep(variables, replyWanted);
    SETTLED_AT_INTAKE.keep(variables, settledAtIntake);
    INTAKE_RESOLUTION.keep(variables, intakeResolution);
    COMPLAINANT_CONTACT.set(variables, phone != null ? phone : unit);
    COMPLAINANT_CHANNEL.set(variables, phone != null ? "sms" : "notice");
  }
}
