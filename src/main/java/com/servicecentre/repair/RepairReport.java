package com.servicecentre.repair;

import static com.servicecentre.repair.RepairProcess.AREA_TYPE;
import static com.servicecentre.repair.RepairProcess.DESCRIPTION;
import static com.servicecentre.repair.RepairProcess.LOCATION;
import static com.servicecentre.repair.RepairProcess.PHONE;
import static com.servicecentre.repair.RepairProcess.PLACE;
import static com.servicecentre.repair.RepairProcess.PREFERRED_VISIT_DATE;
import static com.servicecentre.repair.RepairProcess.REPAIR_SIZE;
import static com.servicecentre.repair.RepairProcess.REPORTER;
import static com.servicecentre.repair.RepairProcess.TRADE;
import static com.servicecentre.repair.RepairProcess.UNDER_WARRANTY;
import static com.servicecentre.repair.RepairProcess.UNIT;
import static com.servicecentre.repair.RepairProcess.URGENCY;

import com.servicecentre.common.FormInput;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A repair as reported (报修): by an owner in the home, or by staff for a public area found on inspection. */
public record RepairReport(
    String reporter,
    String unit,
    String location,
    String areaType,
    String trade,
    String repairSize,
    String urgency,
    boolean underWarranty,
    String description) {

  /** 居家, 公共区域. */
  public static final List<String> AREA_TYPES = List.of("in-home", "public-area");
  /** 水电, 土建/门窗, 管道疏通, 电梯, 门禁/对讲, 消防, 其他. */
  public static final List<String> TRADES = List.of(
      "plumbing-electrical", "civil-doors-windows", "drain", "lift", "access-control", "fire", "other");
  /** 小修, 中修, 大修. */
  public static final List<String> SIZES = List.of("minor", "medium", "major");
  public static final List<String> URGENCIES = List.of("normal", "urgent");

  /** The report as entered: every problem named at once. */
  public static RepairReport from(VariableScope variables) {
    FormInput in = new FormInput(variables);
    String areaType = in.oneOf(AREA_TYPE.name(), "区域", AREA_TYPES);
    String unit = in.optionalText(UNIT.name());
    String location = in.optionalText(LOCATION.name());
    if ("in-home".equals(areaType) && unit == null) {
      in.problem(UNIT.name(), "楼栋/房号", "居家报修必填");
    }
    if ("public-area".equals(areaType) && location == null) {
      in.problem(LOCATION.name(), "公共区域位置", "公共区域报修必填");
    }
    RepairReport report = new RepairReport(
        in.text(REPORTER.name(), "报修人"), unit, location, areaType,
        in.oneOf(TRADE.name(), "工种", TRADES),
        in.oneOf(REPAIR_SIZE.name(), "维修规模", SIZES),
        in.oneOf(URGENCY.name(), "紧急程度", URGENCIES),
        in.flag(UNDER_WARRANTY.name()),
        in.text(DESCRIPTION.name(), "故障描述"));
    in.optionalDate(PREFERRED_VISIT_DATE.name(), "希望上门日期");
    in.optionalPhone(PHONE.name(), "联系电话");
    in.check();
    return report;
  }

  /** The report as {@link #keep} left it on the case. */
  public static RepairReport kept(VariableScope variables) {
    return new RepairReport(REPORTER.get(variables), UNIT.from(variables), LOCATION.from(variables),
        AREA_TYPE.get(variables), TRADE.get(variables), REPAIR_SIZE.get(variables), URGENCY.get(variables),
        UNDER_WARRANTY.get(variables), DESCRIPTION.get(variables));
  }

  /** Keeps the checked values, and where the job is. */
  public void keep(VariableScope variables) {
    REPORTER.keep(variables, reporter);
    UNIT.keep(variables, unit);
    LOCATION.keep(variables, location);
    DESCRIPTION.keep(variables, description);
    UNDER_WARRANTY.keep(variables, underWarranty);
    PLACE.set(variables, place());
  }

  /** Where the job is: the unit for a home, the location for a public area. */
  public String place() {
    return unit != null ? unit : location;
  }
}
