package com.servicecentre.api;

import com.servicecentre.common.EngineClock;
import com.servicecentre.lead.LeadFilings;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 报备: a salesperson files the day's list of the customers they are in contact with, and reads their own list
 * back. {@code POST /api/lead-filings {"customers": [{"customerName": "陈先生", "phone": "13800000001",
 * "contactedOn": "2026-07-15", "address": "…", "notes": "…"}]}}; {@code GET /api/lead-filings?from=2026-07-01}.
 * The filer is the login, never a field; the time of filing is the server's. A list is a whole day's work at once,
 * which is why this is an API (a spreadsheet or the marketing app posts it) and not a Tasklist start form, which
 * would start a case per customer.
 */
@RestController
@RequestMapping("/api/lead-filings")
public class LeadFilingController {

  /** 市场部业务员 file their lists (市场人员…的单量，须每天交于部门经理存档). */
  static final List<String> FILERS = List.of("marketing");

  /** A day's list. */
  public record DailyList(List<LeadFilings.Entry> customers) {}

  private final LeadFilings filings;

  public LeadFilingController(LeadFilings filings) {
    this.filings = filings;
  }

  @PostMapping
  public Map<String, Object> file(HttpServletRequest request, @RequestBody(required = false) DailyList list) {
    StaffMember member = StaffMember.of(request).require(FILERS, "报备客户");
    List<LeadFilings.Filing> filed;
    try {
      filed = filings.file(member.userId(), list == null ? null : list.customers(), EngineClock.now());
    } catch (IllegalArgumentException refused) {
      throw new ApiException(400, refused.getMessage());
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("filedBy", member.userId());
    answer.put("filedAt", filed.get(0).filedAt().withNano(0).toString());
    answer.put("customers", filed.stream().map(f -> Map.of("id", f.id(), "customerName", f.customerName(),
        "phone", f.phone(), "contactedOn", f.contactedOn().toString())).toList());
    return answer;
  }

  @GetMapping
  public List<Map<String, Object>> mine(HttpServletRequest request, @RequestParam(required = false) String from) {
    StaffMember member = StaffMember.of(request).require(FILERS, "查看报备");
    LocalDate since;
    try {
      since = from == null || from.isBlank() ? EngineClock.now().toLocalDate().minusDays(30) : LocalDate.parse(from);
    } catch (DateTimeParseException notADate) {
      throw new ApiException(400, "起始日期(from) \"" + from + "\" 不是日期，请写作 2026-07-01");
    }
    return filings.mine(member.userId(), since);
  }
}
