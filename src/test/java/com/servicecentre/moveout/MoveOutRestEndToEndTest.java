package com.servicecentre.moveout;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A move-out refund through the REST API, each step by the member of staff who owns it. */
@ServiceCentreTest
class MoveOutRestEndToEndTest {

  @Autowired TestRestTemplate rest;
  @Autowired MoveOutRegister register;

  @Test
  void refundAppliedSettledInspectedApprovedAndPaid() {
    TasklistClient clerk = new TasklistClient(rest, "zhangwei", "demo");
    TasklistClient finance = new TasklistClient(rest, "zhaomin", "demo");
    TasklistClient inspector = new TasklistClient(rest, "liuqiang", "demo");
    TasklistClient supervisor = new TasklistClient(rest, "wangfang", "demo");

    ResponseEntity<String> started = clerk.submitStartForm("move-out-refund", Map.of(
        "applicant", "赵先生", "unit", "9栋101", "moveOutDate", "2026-12-01", "reason", "lease-end",
        "refundAccount", "工商银行 6222 0000 1111", "renovationDeposit", 1000.0, "prepaidFees", 200.1));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = TasklistClient.json(started).get("id").asText();
    String caseNo = TasklistClient.json(started).get("businessKey").asText();

    assertThat(finance.claimAndSubmit(id, "checkSettlement", "zhaomin", Map.of("settlementNotes", "无欠费"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(inspector.claimAndSubmit(id, "inspectPremises", "liuqiang",
        Map.of("repairNeeded", false, "damageCost", 0.2)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(clerk.task(id, "approveRefund")).isNull();
    assertThat(supervisor.claimAndSubmit(id, "approveRefund", "wangfang", Map.of("approved", true)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(finance.claimAndSubmit(id, "payRefund", "zhaomin", Map.of("paymentReference", "PZ-77")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(register.find(caseNo)).containsEntry("STATUS", "closed").containsEntry("PAYMENT_REFERENCE", "PZ-77");
    assertThat((BigDecimal) register.find(caseNo).get("REFUND_AMOUNT")).isEqualByComparingTo("1199.90");
    // the approval chain: the one level this refund needs, who approved and when
    assertThat((String) register.find(caseNo).get("APPROVAL_CHAIN"))
        .matches("cs-supervisor wangfang \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 同意");
  }

  @Test
  void threeDecimalsAreRefusedWith400() {
    ResponseEntity<String> refused = new TasklistClient(rest, "zhangwei", "demo").submitStartForm("move-out-refund",
        Map.of("applicant", "赵先生", "unit", "9栋102", "moveOutDate", "2026-12-01", "reason", "sale",
            "refundAccount", "x", "leaseDeposit", 100.005));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(TasklistClient.json(refused).get("message").asText()).contains("leaseDeposit").contains("最多两位小数");
  }
}
