package com.servicecentre.api;

import com.servicecentre.office.Office;
import com.servicecentre.office.OfficeUnit;
import com.servicecentre.office.Offices;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The offices (管理处, 店面) and the units they manage. Everyone reads the offices they work in; administrators
 * read all and change an office's name, address, phone and working calendar, and its units. Who works where is
 * the office's tenant membership, kept in Camunda Admin (租户).
 */
@RestController
@RequestMapping("/api/offices")
public class OfficeController {

  /** An administrator's change: the fields left out stay as they are. */
  public record Change(String name, String address, String phone, String calendar) {}

  private final Offices offices;
  private final JdbcTemplate jdbc;

  public OfficeController(Offices offices, JdbcTemplate jdbc) {
    this.offices = offices;
    this.jdbc = jdbc;
  }

  @GetMapping
  public List<Map<String, Object>> list(HttpServletRequest request) {
    StaffMember member = StaffMember.of(request);
    return offices.all().stream().filter(o -> member.admin() || member.offices().contains(o.code()))
        .map(this::view).toList();
  }

  @GetMapping("/{code}")
  public Map<String, Object> one(HttpServletRequest request, @PathVariable String code) {
    StaffMember member = StaffMember.of(request);
    return view(visible(member, code));
  }

  @PutMapping("/{code}")
  public Map<String, Object> change(HttpServletRequest request, @PathVariable String code,
      @RequestBody(required = false) Change change) {
    StaffMember member = admin(request, "修改管理处或门店资料");
    Office office = visible(member, code);
    if (change == null) {
      throw new ApiException(400, "请提交要修改的名称(name)、地址(address)、电话(phone)或工作日历(calendar)");
    }
    List<String> problems = new ArrayList<>();
    String name = field(change.name(), office.name(), 100, "name(名称)", problems);
    if (name == null || name.isBlank()) {
      problems.add("name(名称): 不能为空");
    }
    String address = field(change.address(), office.address(), 200, "address(地址)", problems);
    String phone = field(change.phone(), office.phone(), 32, "phone(电话)", problems);
    if (phone != null && !phone.isEmpty() && !phone.matches("\\+?[0-9][0-9 -]{4,30}")) {
      problems.add("phone(电话): 请填写座机或手机号码，如 0755-26880001");
    }
    String calendar = field(change.calendar(), office.calendar(), 40, "calendar(工作日历)", problems);
    if (calendar != null && jdbc.queryForObject("SELECT COUNT(*) FROM working_calendar WHERE name = ?",
        Integer.class, calendar) == 0) {
      problems.add("calendar(工作日历): 没有名为 \"" + calendar + "\" 的工作日历");
    }
    if (!problems.isEmpty()) {
      throw new ApiException(400, "输入有误 — " + String.join("; ", problems));
    }
    offices.update(new Office(code, name, office.kind(), address, phone, calendar), member.userId());
    return view(offices.find(code).orElseThrow());
  }

  @PostMapping("/{code}/units")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> addUnit(HttpServletRequest request, @PathVariable String code,
      @RequestBody(required = false) OfficeUnit unit) {
    StaffMember member = admin(request, "修改管理处的房号");
    visible(member, code);
    OfficeUnit checked = unit(unit);
    try {
      offices.addUnit(code, checked);
    } catch (DuplicateKeyException e) {
      throw new ApiException(409, checked.estate() + " " + checked.building() + " " + checked.unit() + " 已登记");
    }
    return view(offices.find(code).orElseThrow());
  }

  @DeleteMapping("/{code}/units")
  public Map<String, Object> removeUnit(HttpServletRequest request, @PathVariable String code,
      @RequestBody(required = false) OfficeUnit unit) {
    StaffMember member = admin(request, "修改管理处的房号");
    visible(member, code);
    OfficeUnit checked = unit(unit);
    if (!offices.removeUnit(code, checked)) {
      throw new ApiException(404, checked.estate() + " " + checked.building() + " " + checked.unit() + " 未登记");
    }
    return view(offices.find(code).orElseThrow());
  }

  private static StaffMember admin(HttpServletRequest request, String what) {
    StaffMember member = StaffMember.of(request);
    if (!member.admin()) {
      throw new ApiException(403, member.userId() + " 无权" + what + "：仅限管理员");
    }
    return member;
  }

  /** The office, if it exists and is the caller's to see; otherwise 404, so that codes reveal nothing. */
  private Office visible(StaffMember member, String code) {
    return offices.find(code).filter(o -> member.admin() || member.offices().contains(o.code()))
        .orElseThrow(() -> new ApiException(404, "没有代码为 " + shortened(code) + " 的管理处或门店"));
  }

  private static OfficeUnit unit(OfficeUnit unit) {
    List<String> problems = new ArrayList<>();
    if (unit == null || blank(unit.estate())) {
      problems.add("estate(小区): 不能为空");
    }
    if (unit == null || blank(unit.building())) {
      problems.add("building(楼栋): 不能为空");
    }
    if (unit == null || blank(unit.unit())) {
      problems.add("unit(房号): 不能为空");
    }
    if (unit != null && (length(unit.estate()) > 100 || length(unit.building()) > 50 || length(unit.unit()) > 50)) {
      problems.add("小区最多100个字符，楼栋和房号最多50个字符");
    }
    if (!problems.isEmpty()) {
      throw new ApiException(400, "输入有误 — " + String.join("; ", problems));
    }
    return new OfficeUnit(unit.estate().strip(), unit.building().strip(), unit.unit().strip());
  }

  private static String field(String given, String current, int max, String label, List<String> problems) {
    if (given == null) {
      return current;
    }
    String value = given.strip();
    if (value.length() > max) {
      problems.add(label + ": 最多" + max + "个字符");
    }
    return value;
  }

  private Map<String, Object> view(Office office) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("code", office.code());
    view.put("name", office.name());
    view.put("kind", office.kind());
    view.put("kindName", Office.RENOVATION.equals(office.kind()) ? "店面" : "管理处");
    view.put("address", office.address());
    view.put("phone", office.phone());
    view.put("calendar", office.calendar());
    view.put("units", offices.units(office.code()));
    return view;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static int length(String text) {
    return text == null ? 0 : text.strip().length();
  }

  private static String shortened(String text) {
    return text.length() > 20 ? text.substring(0, 20) + "…" : text;
  }
}
