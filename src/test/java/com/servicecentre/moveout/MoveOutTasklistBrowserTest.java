package com.servicecentre.moveout;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistPage;
import com.servicecentre.TasklistPage.Form;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A move-out refund walked through Tasklist in headless Chromium: the clerk applies (the move-out date through
 * form-js's date picker), finance checks the settlement, maintenance inspects, the supervisor rejects with a reason,
 * the clerk revises on 按驳回意见修改 (which renders), the supervisor approves and finance pays. Maintenance never
 * sees the approval. Finance's task card (in its department's filter) shows the case: number, applicant, unit, due.
 */
@ServiceCentreTest
@ExtendWith(TasklistPage.Walk.class)
class MoveOutTasklistBrowserTest {

  @Test
  void aMoveOutFromApplicationThroughARejectionToPayment(TasklistPage tasklist) {
    tasklist.as("zhangwei");
    Form application = tasklist.startForm("退房/迁出退款");
    String unit = "9栋" + (100 + (int) (Math.random() * 800));
    application.type("applicant", "赵先生").type("unit", unit);
    // form-js's date picker in Chinese: month names, and the date written as the clerks write it (yyyy-MM-dd).
    assertThat(application.calendarMonths("moveOutDate")).startsWith("一月", "二月").endsWith("十二月");
    application.date("moveOutDate", LocalDate.now().plusDays(10)).choose("reason", "退租")
        .type("refundAccount", "工商银行 6222 0000 1111").type("leaseDeposit", "1000");
    String caseNo = tasklist.start(application);
    assertThat(caseNo).matches("TF\\d{6}");

    tasklist.as("zhaomin");
    // Finance's card names the case: its number, the applicant, the unit, the due time.
    tasklist.filter("财务部任务").search(caseNo);
    assertThat(tasklist.cardText("财务核对结算")).contains("编号", caseNo).contains("申请人", "赵先生")
        .contains("楼栋/房号", unit).contains("到期");
    Form settlement = tasklist.find("我组的任务", caseNo, "财务核对结算");
    assertThat(settlement.value("applicant")).isEqualTo("赵先生");
    tasklist.claim();
    settlement.type("settlementNotes", "无欠费");
    tasklist.complete();

    tasklist.as("liuqiang");
    Form inspection = tasklist.find("我组的任务", caseNo, "查验");
    tasklist.claim();
    assertThat(inspection.shows("repairTrade")).isFalse();
    inspection.type("damages", "无");
    tasklist.complete();
    // The approval is not maintenance's business.
    assertThat(tasklist.filter("我组的任务").search(caseNo)).isEmpty();

    tasklist.as("wangfang");
    Form approval = tasklist.find("我组的任务", caseNo, "退款审批");
    assertThat(approval.value("refundDue")).startsWith("1000");
    tasklist.claim();
    approval.pick("approved", "驳回");
    approval.type("rejectionReason", "退款账户户名与申请人不符");
    tasklist.complete();

    tasklist.as("zhangwei");
    Form revise = tasklist.find("我组的任务", caseNo, "按驳回意见修改");
    assertThat(revise.value("rejectionReason")).isEqualTo("退款账户户名与申请人不符");
    tasklist.claim();
    revise.type("refundAccount", "工商银行 6222 0000 2222 赵先生").type("revisionNotes", "已改为申请人本人账户");
    tasklist.complete();

    tasklist.as("wangfang");
    Form second = tasklist.find("我组的任务", caseNo, "退款审批");
    assertThat(second.checked("approved")).isEmpty();
    tasklist.claim();
    second.pick("approved", "同意");
    tasklist.complete();

    tasklist.as("zhaomin");
    Form payment = tasklist.find("我组的任务", caseNo, "财务退款");
    tasklist.claim();
    payment.type("paymentReference", "PZ-2026-0001");
    tasklist.complete();

    tasklist.as("zhangwei");
    assertThat(tasklist.myCases().get(caseNo)).contains("退房/迁出退款").contains("已办结");
  }
}
