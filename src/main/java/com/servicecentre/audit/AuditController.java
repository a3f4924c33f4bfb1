package com.servicecentre.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.servicecentre.api.ApiException;
import com.servicecentre.api.StaffMember;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The auditors' API: find cases, read one case's trail as JSON or CSV. Auditors and administrators only. */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

  static final List<String> AUDITORS = List.of("auditor");
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final AuditTrails trails;
  private final RepositoryService repository;
  private final ObjectMapper json;

  public AuditController(AuditTrails trails, RepositoryService repository, ObjectMapper json) {
    this.trails = trails;
    this.repository = repository;
    this.json = json;
  }

  /** Who is asking, for the page to greet them (and to refuse early). */
  @GetMapping("/me")
  public Map<String, Object> me(HttpServletRequest request) {
    StaffMember member = auditor(request);
    return Map.of("userId", member.userId(), "groups", member.groups(), "admin", member.admin(), "offices",
        member.offices());
  }

  /** The processes one can search by (key and name of the newest version). */
  @GetMapping("/processes")
  public List<Map<String, String>> processes(HttpServletRequest request) {
    auditor(request);
    return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list()
        .stream().map(d -> Map.of("key", d.getKey(), "name", d.getName() == null ? d.getKey() : d.getName()))
        .toList();
  }

  /** Cases started between {@code from} and {@code to} (dates, both included). */
  @GetMapping("/cases")
  public List<CaseAuditTrail.CaseSummary> search(HttpServletRequest request,
      @RequestParam(required = false) String process, @RequestParam(required = false) String businessKey,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String state, @RequestParam(defaultValue = "200") int max) {
    StaffMember auditor = auditor(request);
    if (max < 1 || max > 1000) {
      throw new ApiException(400, "max must be between 1 and 1000");
    }
    try {
      return trails.search(process, businessKey, startOf(from, "from", 0), startOf(to, "to", 1), state, max,
          auditor.visibleOffices());
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, e.getMessage());
    }
  }

  /** The trail as JSON, or as CSV with {@code ?format=csv} or {@code Accept: text/csv}. */
  @GetMapping("/cases/{businessKey}")
  public ResponseEntity<?> trail(HttpServletRequest request, @PathVariable String businessKey,
      @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    StaffMember auditor = auditor(request);
    // A case of an office the auditor does not audit is answered like one that does not exist.
    CaseAuditTrail trail = trails.ofCase(businessKey, auditor.visibleOffices())
        .orElseThrow(() -> new ApiException(404, "没有业务编号为 " + businessKey + " 的案件"));
    boolean csv = "csv".equalsIgnoreCase(format)
        || (format == null && accept != null && accept.contains("text/csv"));
    if (!csv) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(trail);
    }
    // The byte-order mark lets Excel read the Chinese text as UTF-8.
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(businessKey + ".csv").build().toString())
        .body("\uFEFF" + AuditCsv.of(trail, json));
  }

  private static StaffMember auditor(HttpServletRequest request) {
    return StaffMember.of(request).require(AUDITORS, "查看审计记录");
  }

  private static Date startOf(String date, String name, int plusDays) {
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return Date.from(LocalDate.parse(date.trim()).plusDays(plusDays).atStartOfDay(ZoneId.systemDefault())
          .toInstant());
    } catch (DateTimeParseException e) {
      throw new ApiException(400, name + " must be a date such as 2026-11-25, not '" + date + "'");
    }
  }
}
