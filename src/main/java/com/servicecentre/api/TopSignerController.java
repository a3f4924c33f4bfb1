package com.servicecentre.api;

import com.servicecentre.office.Offices;
import com.servicecentre.common.EngineClock;
import com.servicecentre.lead.DesignerPool;
import com.servicecentre.lead.TopSigners;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The design manager names the top signers (签单状元) here; account managers, who dispatch, may read them.
 * {@code PUT /api/top-signers/quarter/2026-Q3 {"designer": "majing"}}.
 */
@RestController
@RequestMapping("/api/top-signers")
public class TopSignerController {

  static final List<String> DESIGNATORS = List.of("design-manager");
  static final List<String> READERS = List.of("design-manager", "account-manager");

  /** Who is named. */
  public record Named(String designer) {}

  private final TopSigners topSigners;
  private final DesignerPool pool;
  private final Offices offices;

  public TopSignerController(TopSigners topSigners, DesignerPool pool, Offices offices) {
    this.offices = offices;
    this.topSigners = topSigners;
    this.pool = pool;
  }

  @GetMapping
  public List<Map<String, Object>> list(HttpServletRequest request) {
    StaffMember.of(request).require(READERS, "查看签单状元");
    return topSigners.all();
  }

  @PutMapping("/{title}/{period}")
  public Map<String, Object> designate(HttpServletRequest request, @PathVariable String title,
      @PathVariable String period, @RequestBody(required = false) Named named) {
    StaffMember member = StaffMember.of(request).require(DESIGNATORS, "指定签单状元");
    TopSigners.Designation designation = designation(title, period, named == null ? null : named.designer());
    String designer = designation.designer();
    if (designer == null || designer.isBlank()) {
      throw new ApiException(400, "请填写设计师(designer)");
    }
    if (!pool.isDesigner(designer)) {
      throw new ApiException(400, "设计师(designer) \"" + designer + "\" 不是设计师");
    }
    if (!member.admin() && java.util.Collections.disjoint(member.offices(), offices.officesOf(designer))) {
      throw new ApiException(400, "设计师(designer) \"" + designer + "\" 不在您所在的店面");
    }
    topSigners.designate(designation, member.userId(), EngineClock.now());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("title", designation.title());
    answer.put("period", designation.period());
    answer.put("designer", designer);
    answer.put("validFrom", designation.validFrom().toString());
    answer.put("validTo", designation.validTo().toString());
    answer.put("designatedBy", member.userId());
    return answer;
  }

  @DeleteMapping("/{title}/{period}")
  public Map<String, Object> withdraw(HttpServletRequest request, @PathVariable String title,
      @PathVariable String period) {
    StaffMember.of(request).require(DESIGNATORS, "撤销签单状元");
    designation(title, period, null);
    if (!topSigners.withdraw(title, period)) {
      throw new ApiException(404, "没有指定过这一期的签单状元");
    }
    return Map.of("title", title, "period", period, "withdrawn", true);
  }

  private static TopSigners.Designation designation(String title, String period, String designer) {
    try {
      return TopSigners.designation(title, period, designer);
    } catch (IllegalArgumentException refused) {
      throw new ApiException(400, refused.getMessage());
    }
  }
}
