package com.servicecentre.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistPage;
import com.servicecentre.TasklistPage.Form;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A repair walked through Tasklist in headless Chromium: the clerk reports it (the form shows 楼栋/房号 for a home
 * and hides 公共区域位置), the dispatcher chooses the technician by name, the technician reads who reported it and
 * how to reach them, confirms arrival, cannot put back a job given to him in person, records the work; customer
 * service confirms the fee if there is one and makes the return visit. Customer service never sees the dispatch.
 * The technician's task card shows the job's number, the reporter, the unit and the due time.
 */
@ServiceCentreTest
@ExtendWith(TasklistPage.Walk.class)
class RepairTasklistBrowserTest {

  @Test
  void aRepairFromReportToReturnVisit(TasklistPage tasklist) {
    tasklist.as("zhangwei");
    Form report = tasklist.startForm("报修派工");
    report.type("reporter", "王先生").pick("areaType", "居家");
    assertThat(report.shows("unit")).isTrue();
    assertThat(report.shows("location")).isFalse();
    report.type("unit", "5栋2单元701").type("phone", "13900002222").choose("trade", "水电")
        .choose("repairSize", "小修").choose("urgency", "一般").type("description", "厨房水龙头漏水");
    String caseNo = tasklist.start(report);
    assertThat(caseNo).matches("BX\\d{6}");

    // The dispatch is the dispatcher's: customer service does not see it.
    assertThat(tasklist.filter("我组的任务").search(caseNo)).isEmpty();

    tasklist.as("yangming");
    Form dispatch = tasklist.find("我组的任务", caseNo, "派工");
    tasklist.claim();
    assertThat(dispatch.options("technician")).contains("刘强", "陈杰");
    dispatch.choose("technician", "刘强");
    tasklist.complete();

    tasklist.as("liuqiang");
    // The technician's card names the job: its number, who reported it, where, and when he must be there.
    tasklist.filter("我的任务").search(caseNo);
    assertThat(tasklist.cardText("到场确认")).contains("编号", caseNo).contains("报修人", "王先生")
        .contains("5栋2单元701").contains("到期");
    Form arrival = tasklist.find("我的任务", caseNo, "到场确认");
    assertThat(arrival.value("reporter")).isEqualTo("王先生");
    assertThat(arrival.value("phone")).isEqualTo("13900002222");
    assertThat(arrival.value("trade")).isEqualTo("水电");
    // A job given to him in person cannot be put back (a head reassigns it instead), refused in Chinese.
    assertThat(tasklist.unclaimRefused()).contains("本人办理").contains("改派");
    arrival.type("arrivalNotes", "已到现场");
    tasklist.complete();

    Form work = tasklist.find("我的任务", caseNo, "现场维修");
    work.pick("repairResult", "已修好");
    assertThat(work.shows("waitReason")).isFalse();
    work.type("workDone", "更换水龙头阀芯").type("materials", "阀芯1个");
    // A paid service is picked from finance's price list, with its price; the amount is not typed.
    assertThat(work.options("chargeService")).contains("更换水龙头：30元/个", "管道疏通：80元/次");
    work.choose("chargeService", "更换水龙头：30元/个").type("chargeQuantity", "2");
    tasklist.complete();

    tasklist.as("zhangwei");
    Form charge = tasklist.find("我组的任务", caseNo, "业主确认费用");
    assertThat(charge.value("fee")).startsWith("60");
    assertThat(charge.readOnly("fee")).isTrue();
    tasklist.claim();
    charge.check("ownerConfirmed");
    tasklist.complete();
    Form visit = tasklist.find("我组的任务", caseNo, "回访");
    assertThat(visit.value("workDone")).isEqualTo("更换水龙头阀芯");
    tasklist.claim();
    visit.pick("satisfied", "满意");
    tasklist.complete();

    // The deputy manager signs the return-visit record.
    tasklist.as("hezhi");
    Form signOff = tasklist.find("我组的任务", caseNo, "回访记录签字");
    assertThat(signOff.checked("satisfied")).contains("满意");
    tasklist.claim();
    signOff.type("signOffNotes", "已核对");
    tasklist.complete();

    tasklist.as("zhangwei");
    assertThat(tasklist.myCases().get(caseNo)).contains("报修派工").contains("已办结");
  }
}
