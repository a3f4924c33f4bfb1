package com.servicecentre.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two 管理处 in one Tasklist, in headless Chromium (issue 14): the clerk of 翠湖花园 and the clerk of 锦绣苑 each
 * start a complaint; each finds their own by its number in 我组的任务 and in 我发起的案件, and never the other
 * office's, not even by typing its number.
 */
@ServiceCentreTest
@ExtendWith(TasklistPage.Walk.class)
class OfficesInTasklistBrowserTest {

  @Test
  void eachOfficesClerkSeesOnlyTheirOwnOfficesCases(TasklistPage tasklist) {
    tasklist.as("zhangwei");
    String ours = tasklist.startCase("投诉处理", form -> form.type("complainantName", "刘女士")
        .type("unit", "3栋1单元502").type("phone", "13900001111").choose("channel", "电话").choose("category", "噪音")
        .choose("severity", "一般").type("description", "楼上夜间装修噪音"));
    tasklist.as("sunyue");
    String theirs = tasklist.startCase("投诉处理", form -> form.type("complainantName", "陈先生")
        .type("unit", "A座1001").type("phone", "13900002222").choose("channel", "电话").choose("category", "噪音")
        .choose("severity", "一般").type("description", "空调外机噪音"));

    assertThat(tasklist.filter("我组的任务").search(theirs)).containsExactly("调查核实(当天)");
    assertThat(tasklist.filter("我组的任务").search(ours)).isEmpty();
    assertThat(tasklist.myCases()).containsKey(theirs).doesNotContainKey(ours);

    tasklist.as("zhangwei");
    assertThat(tasklist.filter("我组的任务").search(ours)).containsExactly("调查核实(当天)");
    assertThat(tasklist.filter("我组的任务").search(theirs)).isEmpty();
    assertThat(tasklist.myCases()).containsKey(ours).doesNotContainKey(theirs);
  }
}
