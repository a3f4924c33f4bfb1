package com.servicecentre.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicecentre.security.SubmittedInput.Outcome;
import com.servicecentre.security.SubmittedInput.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The form check on its own, against the project's real forms: no engine, no database. */
class SubmittedInputTest {

  private final SubmittedInput.Conditions feel = new FormConditions();

  @Test
  void readOnlyValuesSentBackUnchangedAreDroppedWhateverTheirType() throws Exception {
    Map<String, Object> current = Map.of("caseNo", "TS000007", "reopenCount", 0,
        "dueAt", new Date(1_790_000_000_000L));
    Outcome outcome = SubmittedInput.check(form("complaint-return-visit"), current,
        Map.of("caseNo", "TS000007", "reopenCount", "0", "satisfied", true), feel);

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.dropped()).containsExactlyInAnyOrder("caseNo", "reopenCount");
    assertThat(outcome.accepted()).containsOnlyKeys("satisfied");
    assertThat(SubmittedInput.sameValue(current.get("dueAt"), "2026-09-21T14:13:20.000+0000")).isTrue();
  }

  @Test
  void aReadOnlyTextTypedOnSeveralLinesComesBackOnOneLineAndIsStillUnchanged() throws Exception {
    Map<String, Object> current = Map.of("description", "卧室窗户关不严。\n下雨渗水。\r\n急", "complainantName", "王\t五");
    Outcome outcome = SubmittedInput.check(form("complaint-handle"), current, Map.of(
        "description", "卧室窗户关不严。 下雨渗水。 急", "complainantName", "王 五",
        "cause", "x", "actions", "y", "result", "z"), feel);
    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.dropped()).containsExactlyInAnyOrder("description", "complainantName");
    assertThat(SubmittedInput.check(form("complaint-handle"), current, Map.of("description", "卧室窗户关不严。",
        "cause", "x", "actions", "y", "result", "z"), feel).problems()).extracting(Problem::key)
        .containsExactly("description");
  }

  @Test
  void aChangedReadOnlyValueOrAFieldTheFormDoesNotHaveIsTampering() throws Exception {
    Outcome outcome = SubmittedInput.check(form("complaint-return-visit"), Map.of("caseNo", "TS000007"),
        Map.of("caseNo", "TS000001", "handler", "lina", "satisfied", true), feel);

    assertThat(outcome.problems()).extracting(Problem::key).containsExactlyInAnyOrder("caseNo", "handler");
    assertThat(outcome.problems()).allMatch(Problem::tampering);
  }

  @Test
  void numbersStayWithinTheFormsLimitsAndDecimals() throws Exception {
    FormSpec application = form("move-out-application");
    assertThat(problems(application, Map.of("leaseDeposit", 1e12))).containsExactly(
        "leaseDeposit(租赁押金(元)): 不能大于 99999999.99");
    assertThat(problems(application, Map.of("leaseDeposit", Double.POSITIVE_INFINITY))).containsExactly(
        "leaseDeposit(租赁押金(元)): 数值超出范围");
    assertThat(problems(application, Map.of("leaseDeposit", "1E+400"))).containsExactly(
        "leaseDeposit(租赁押金(元)): 不能大于 99999999.99");
    assertThat(problems(application, Map.of("leaseDeposit", -1))).containsExactly(
        "leaseDeposit(租赁押金(元)): 不能小于 0");
    assertThat(problems(application, Map.of("leaseDeposit", 100.005))).containsExactly(
        "leaseDeposit(租赁押金(元)): 最多两位小数(分)");
    assertThat(problems(application, Map.of("leaseDeposit", "abc"))).containsExactly(
        "leaseDeposit(租赁押金(元)): \"abc\" 不是数字");
    assertThat(problems(application, Map.of("leaseDeposit", "1200.50"))).isEmpty();
  }

  @Test
  void textLengthCountsCharactersAsStaffSeeThem() throws Exception {
    FormSpec intake = form("complaint-intake");
    assertThat(problems(intake, Map.of("complainantName", "𠮷".repeat(100)))).isEmpty();
    assertThat(problems(intake, Map.of("complainantName", "𠮷".repeat(101)))).containsExactly(
        "complainantName(投诉人): 最多 100 个字，现有 101 个");
    assertThat(problems(intake, Map.of("phone", "call me maybe"))).containsExactly(
        "phone(电话): \"call me maybe\" 格式不对");
  }

  @Test
  void choicesAndDatesAreThoseTheFormOffers() throws Exception {
    assertThat(problems(form("complaint-reply"), Map.of("replyMethod", "carrier-pigeon", "replyText", "x")))
        .singleElement().asString().startsWith("replyMethod(答复方式): 取值 \"carrier-pigeon\" 不在可选项");
    assertThat(problems(form("repair-work"), Map.of("repairResult", "waiting", "followUpDate", "9999-01-01")))
        .containsExactly("followUpDate(跟进日期): 日期 \"9999-01-01\" 不合理");
    assertThat(problems(form("repair-work"), Map.of("repairResult", "waiting", "followUpDate", "明天")))
        .containsExactly("followUpDate(跟进日期): \"明天\" 不是日期(YYYY-MM-DD)");
  }

  @Test
  void aRequiredFieldIsRequiredOnlyWhileTheFormShowsIt() throws Exception {
    FormSpec approval = form("move-out-approval");
    assertThat(problems(approval, Map.of())).containsExactly("approved(审批意见): 必填");
    assertThat(problems(approval, Map.of("approved", true))).isEmpty();
    assertThat(problems(approval, Map.of("approved", false))).containsExactly("rejectionReason(驳回理由): 必填");
    assertThat(problems(approval, Map.of("approved", false, "rejectionReason", "押金金额与收据不符"))).isEmpty();
  }

  @Test
  void aFormWithTheSameKeyReadOnlyAndEditableTakesItAsInput() throws Exception {
    assertThat(FormSpec.parse("""
        {"components": [{"key": "damageCost", "type": "textfield", "readonly": true},
                        {"key": "damageCost", "type": "number", "label": "损坏赔偿(元)"}]}
        """.getBytes()).fields().get("damageCost").editable()).isTrue();
  }

  /** The problems with what was submitted (the approval test also wants the fields left out). */
  private java.util.List<String> problems(FormSpec form, Map<String, Object> submitted) {
    boolean all = form.id().equals("move-out-approval");
    return SubmittedInput.check(form, new HashMap<>(), submitted, feel).problems().stream()
        .filter(p -> all || submitted.containsKey(p.key())).map(Object::toString).toList();
  }

  private static FormSpec form(String name) throws Exception {
    return FormSpec.parse(Files.readAllBytes(Path.of("forms", name + ".form")));
  }
}
