package com.servicecentre.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistPage;
import com.servicecentre.TasklistPage.Form;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A complaint walked through Tasklist in headless Chromium as the customer service centre works it (issues 16, 17):
 * the clerk starts it from its form and reads its number at once, finds it by that number, puts a task claimed
 * by mistake back, sets a follow-up date, investigates it the same day; the supervisor confirms the proposed
 * department; the clerk follows it in 我受理的投诉, handles, makes the reply that is theirs, hears a dissatisfied
 * return visit (which reopens it with empty inputs), handles again and closes it; maintenance never sees it;
 * 我发起的案件 lists it.
 *
 * <p>The browser asks for Chinese, as the staff's do: on the way the walk reads Tasklist's login page, its header
 * menu, form-js's validation messages and the follow-up date picker in Chinese, and the case on each task card
 * (number, complainant, unit, due time). (TaskCardsRestTest reads the cards in every filter, 即将超时 and 已超时 too.)
 */
@ServiceCentreTest
@ExtendWith(TasklistPage.Walk.class)
class ComplaintTasklistBrowserTest {

  @Test
  void aComplaintFromIntakeToItsSecondReturnVisit(TasklistPage tasklist) {
    tasklist.as("zhangwei");
    // The login page and the header's menu speak Chinese.
    assertThat(tasklist.loginPageTexts()).isEqualTo("用户名 密码 登录");
    assertThat(tasklist.headerText("start-process-action")).isEqualTo("发起流程");
    // 新建任务 is hidden, 我发起的案件 is offered; the clerk's filters are the centre's own.
    assertThat(tasklist.headerShows("create-task-action")).isFalse();
    assertThat(tasklist.headerText("sc-my-cases")).isEqualTo("我发起的案件");
    assertThat(tasklist.filterNames()).contains("我的任务", "我组的任务", "我受理的投诉", "客服中心任务")
        .doesNotContain("工程维修部任务");

    Form intake = tasklist.startForm("投诉处理");
    assertThat(intake.label("complainantName")).isEqualTo("投诉人");
    // a reply is the rule: only the complainant's own "no reply" is ticked, and nothing is ticked for them
    assertThat(intake.label("replyDeclined")).isEqualTo("投诉人表示不需要答复");
    assertThat(intake.shows("returnVisitWanted")).isFalse();
    // form-js's messages in Chinese, naming the field; a wrong phone number is explained, not shown a pattern.
    intake.type("complainantName", "刘").type("complainantName", "").leave("complainantName");
    assertThat(intake.error("complainantName")).isEqualTo("请填写投诉人");
    intake.type("phone", "call me maybe").leave("phone");
    assertThat(intake.error("phone")).startsWith("请填写正确的电话：手机或座机号码").doesNotContain("[0-9]");
    assertThat(tasklist.startButtonEnabled()).isFalse();
    intake.type("complainantName", "刘女士").type("unit", "5栋2单元701").type("phone", "13900001111")
        .choose("channel", "电话").choose("category", "噪音").choose("severity", "一般")
        .type("description", "楼上夜间装修噪音");
    String caseNo = tasklist.start(intake);
    assertThat(caseNo).matches("TS\\d{6}");

    // Another department never sees the case's task, not even by its number.
    tasklist.as("liuqiang");
    assertThat(tasklist.filter("我组的任务").search(caseNo)).isEmpty();

    // Investigated the same day by customer service.
    tasklist.as("zhangwei");
    // The case on the card: its number, who complained, where, and when it is due.
    tasklist.filter("我组的任务").search(caseNo);
    assertThat(tasklist.cardText("调查核实(当天)")).contains("编号", caseNo).contains("投诉人", "刘女士")
        .contains("楼栋/房号", "5栋2单元701").containsPattern("到期.*\\d{4}年\\d{1,2}月\\d{1,2}日");
    Form investigation = tasklist.find("我组的任务", caseNo, "调查核实(当天)");
    assertThat(investigation.value("caseNo")).isEqualTo(caseNo);
    assertThat(investigation.value("category")).isEqualTo("噪音");
    assertThat(investigation.value("proposedGroup")).isEqualTo("客服中心");
    tasklist.claim();
    assertThat(tasklist.assignee()).contains("张");
    // Claimed by mistake: the clerk puts it back, takes it again and sets a follow-up date.
    tasklist.unclaim().claim().setFollowUpToNow();
    // Tasklist's date picker in Chinese: "2026年3月" above the days, weeks from Monday.
    assertThat(tasklist.datePickerTexts()).matches("\\d{4}年\\d{1,2}月 一 二 三 四 五 六 日");
    // Tasklist reloads the task after the date is saved: the clerk finds it again in their own tasks.
    investigation = tasklist.find("我的任务", caseNo, "调查核实(当天)");
    investigation.type("findings", "楼上装修队夜间施工").type("suggestedFix", "上门劝导");
    tasklist.complete();

    // The supervisor confirms the department the table proposed, chosen from the list, and decides the fix.
    tasklist.as("wangfang");
    Form decision = tasklist.find("我组的任务", caseNo, "客服主管定处理方案与责任部门");
    assertThat(decision.value("findings")).isEqualTo("楼上装修队夜间施工");
    assertThat(decision.value("responsibleGroup")).isEqualTo("客服中心");
    tasklist.claim();
    assertThat(decision.options("responsibleGroup")).contains("工程维修部", "客服中心").doesNotContain("待定(表中无建议)");
    decision.choose("responsibleGroup", "客服中心").type("proposedFix", "上门劝导，晚十点后停工");
    tasklist.complete();

    // 首问责任制: the clerk follows the case in 我受理的投诉 whoever works on it.
    tasklist.as("zhangwei");
    assertThat(tasklist.filter("我受理的投诉").search(caseNo)).contains("责任部门处理");
    Form handling = tasklist.find("我组的任务", caseNo, "责任部门处理");
    assertThat(handling.value("proposedFix")).isEqualTo("上门劝导，晚十点后停工");
    tasklist.claim();
    handling.type("cause", "装修队夜间施工").type("actions", "上门劝导").type("result", "已停止夜间施工");
    tasklist.complete();

    // The reply is the clerk's own: it is in their tasks already, nobody claims it.
    Form reply = tasklist.find("我的任务", caseNo, "答复投诉人");
    new WebDriverWait(tasklist.browser(), Duration.ofSeconds(30)).until(d -> "张伟".equals(reply.value("handler")));
    choose(reply, "replyMethod", "电话");
    reply.type("replyText", "已责成装修队停止夜间施工");
    tasklist.complete();

    // A dissatisfied return visit completes (the read-only reopen count comes back as text) and reopens the case.
    Form visit = tasklist.find("我组的任务", caseNo, "回访");
    tasklist.claim();
    visit.pick("satisfied", "不满意");
    assertThat(visit.shows("dissatisfactionReason")).isTrue();
    visit.type("dissatisfactionReason", "晚上仍有噪音");
    tasklist.complete();

    Form again = tasklist.find("我组的任务", caseNo, "责任部门处理");
    assertThat(again.value("dissatisfactionReason")).isEqualTo("晚上仍有噪音");
    assertThat(again.value("cause")).isEmpty();
    assertThat(again.value("result")).isEmpty();
    tasklist.claim();
    again.type("cause", "另有一户夜间施工").type("actions", "通知物业巡查").type("result", "两户均已停工");
    tasklist.complete();

    Form secondReply = tasklist.find("我的任务", caseNo, "答复投诉人");
    // nothing to claim here: wait until the form shows the case (who handled it) before choosing
    new WebDriverWait(tasklist.browser(), Duration.ofSeconds(30)).until(d -> "张伟".equals(secondReply.value("handler")));
    choose(secondReply, "replyMethod", "上门");
    secondReply.type("replyText", "两户均已停工");
    tasklist.complete();

    Form secondVisit = tasklist.find("我组的任务", caseNo, "回访");
    tasklist.claim();
    secondVisit.pick("satisfied", "满意");
    assertThat(secondVisit.shows("dissatisfactionReason")).isFalse();
    tasklist.complete();
    assertThat(tasklist.filter("我组的任务").search(caseNo)).isEmpty();
    assertThat(tasklist.filter("我受理的投诉").search(caseNo)).isEmpty();

    assertThat(tasklist.myCases()).containsKey(caseNo);
    assertThat(tasklist.myCases().get(caseNo)).contains("投诉处理").contains("已办结");
  }

  /**
   * A task opened without claiming it has no claim to wait for: Tasklist's notice of the step just completed may
   * still cover the select when it is clicked, so the choice is tried again once the notice has gone.
   */
  private static void choose(Form form, String key, String option) {
    for (int attempt = 1; ; attempt++) {
      try {
        form.choose(key, option);
        return;
      } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.ElementClickInterceptedException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }
}
