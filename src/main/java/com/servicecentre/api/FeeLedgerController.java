package com.servicecentre.api;

import com.servicecentre.ledger.FeeLedger;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finance marks a charge paid when the owner pays it (a repair fee at the finance desk):
 * {@code POST /api/fee-ledger/BX000012/repair-charge/paid {"reference": "SK-2026-0042"}}. Who marked it is the login;
 * a charge is paid once. {@code GET /api/fee-ledger/unpaid?unit=5栋2单元701} lists what is still open.
 */
@RestController
@RequestMapping("/api/fee-ledger")
public class FeeLedgerController {

  static final List<String> FINANCE = List.of("finance", "finance-manager");

  /** The receipt the owner got. */
  public record Payment(String reference) {}

  private final FeeLedger ledger;

  public FeeLedgerController(FeeLedger ledger) {
    this.ledger = ledger;
  }

  @GetMapping("/unpaid")
  public List<Map<String, Object>> unpaid(HttpServletRequest request, @RequestParam(required = false) String unit) {
    StaffMember member = StaffMember.of(request).require(FINANCE, "查看未收费用");
    // each office's finance desk collects its own office's charges
    return ledger.unpaidCharges(unit == null || unit.isBlank() ? null : unit.strip()).stream()
        .filter(entry -> member.sees((String) entry.get("office"))).toList();
  }

  @PostMapping("/{caseNo}/{entryType}/paid")
  public Map<String, Object> markPaid(HttpServletRequest request, @PathVariable String caseNo,
      @PathVariable String entryType, @RequestBody(required = false) Payment payment) {
    StaffMember member = StaffMember.of(request).require(FINANCE, "登记收费");
    String reference = payment == null || payment.reference() == null ? null : payment.reference().strip();
    if (reference == null || reference.isEmpty()) {
      throw new ApiException(400, "请填写收款凭证号(reference)");
    }
    if (reference.length() > 100) {
      throw new ApiException(400, "收款凭证号(reference)最多100个字符");
    }
    if (ledger.entries(caseNo).stream().anyMatch(entry -> !member.sees((String) entry.get("office")))) {
      // another office's case: answered as if the ledger had no such entry
      throw new ApiException(404, "费用台账中没有 " + caseNo + " 的 " + entryType);
    }
    switch (ledger.markPaid(caseNo, entryType, member.userId(), reference)) {
      case UNKNOWN -> throw new ApiException(404, "费用台账中没有 " + caseNo + " 的 " + entryType);
      case NOT_A_CHARGE -> throw new ApiException(400, caseNo + " 的 " + entryType + " 不是应收费用");
      case ALREADY_PAID -> throw new ApiException(409, caseNo + " 的 " + entryType + " 已登记收费");
      default -> { }
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("caseNo", caseNo);
    answer.put("entryType", entryType);
    answer.put("paid", true);
    answer.put("paidBy", member.userId());
    answer.put("reference", reference);
    return answer;
  }
}
