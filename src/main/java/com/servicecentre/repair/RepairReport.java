package com.servicecentre.repair;

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

  public static RepairReport from(VariableScope variables) {
    FormInput in = new FormInput(variables);
    String areaType = in.oneOf("areaType", "区域", AREA_TYPES);
    String unit = in.optionalText("unit");
    String location = in.optionalText("location");
    if ("in-home".equals(areaType) && unit == null) {
      in.problem("unit", "楼栋/房号", "居家报修必填");
    }
    if ("public-area".equals(areaType) && location == null) {
      in.problem("location", "公共区域位置", "公共区域报修必填");
    }
    RepairReport report = new RepairReport(
        in.text("reporter", "报修人"), unit, location, areaType,
        in.oneOf("trade", "工种", TRADES),
        in.oneOf("repairSize", "维修规模", SIZES),
        in.oneOf("urgency", "紧急程度", URGENCIES),
        in.flag("underWarranty"),
        in.text("description", "故障描述"));
    in.optionalDate("preferredVisitDate", "希望上门日期");
    in.optionalPhone("phone", "联系电话");
    in.check();
    return report;
  }

  /** Where the job is: the unit for a home, the location for a public area. */
  public String place() {
    return unit != null ? unit : location;
  }
}
