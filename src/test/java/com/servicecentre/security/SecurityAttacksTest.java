package com.servicecentre.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.servicecentre.ServiceCentreTest;
import com.servicecentre.TasklistClient;
import com.servicecentre.WebappSession;
import com.servicecentre.complaint.ComplaintRegister;
import com.servicecentre.ledger.FeeLedger;
import com.servicecentre.moveout.MoveOutRegister;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Attacks on the running application through the REST API, as a logged-in member of staff (or an attacker with
 * their password) would make them, each with what must happen instead. Read the nested classes as the list.
 */
@ServiceCentreTest
class SecurityAttacksTest {

  /** Java class names (org.camunda…, java.lang…), stack frames and SQL never reach a caller. */
  private static final Pattern INTERNALS = Pattern.compile(
      "Exception|\\b(java|javax|jakarta|org|com)\\.[a-z]+\\.|\\bat [a-z]+\\.|\\b(SELECT|INSERT|UPDATE|DELETE) .*\\b(FROM|INTO|SET)\\b|SQL");

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired ComplaintRegister complaints;
  @Autowired MoveOutRegister moveOuts;
  @Autowired FeeLedger ledger;

  @BeforeEach
  void staffForTheseTests() {
    // A second supervisor, and a finance manager who also works as a cashier.
    person("zhoujie", "cs-supervisor");
    person("qianduo", "finance-manager");
    person("qianduo", "finance");
  }

  @Nested
  class TamperedInput {

    @Test
    void aComplaintNumberPointingAtAnotherCaseIsRefusedAndNeitherRegisterRowChanges() {
      Case target = complaint();
      Case own = complaint();
      ResponseEntity<String> refused = as("lina").claimAndSubmit(own.id, "handleComplaint", "lina", Map.of(
          "cause", "装修超时", "actions", "上门劝导", "result", "已停工", "caseNo", target.no));

      assertRefused(refused, 400, "caseNo(投诉编号): 只读，不可修改");
      assertThat(complaints.find(target.no)).containsEntry("HANDLER", null).containsEntry("RESOLUTION", null);
      assertThat(complaints.find(own.no)).containsEntry("HANDLER", null);
      assertThat(as("lina").task(own.id, "handleComplaint")).isNotNull();
    }

    @Test
    void payingWithAnotherCasesNumberIsRefusedAndNoCaseIsMarkedPaid() {
      Case other = moveOut(1000);
      Case own = moveOutApproved(1000);
      ResponseEntity<String> refused = as("zhaomin").claimAndSubmit(own.id, "payRefund", "zhaomin",
          Map.of("paymentReference", "PZ-1", "caseNo", other.no));

      assertRefused(refused, 400, "caseNo(编号): 只读，不可修改");
      assertThat(moveOuts.find(other.no)).containsEntry("PAID_AT", null);
      assertThat(moveOuts.find(own.no)).containsEntry("PAID_AT", null);
    }

    @Test
    void theInspectorCannotRaiseTheDepositOrRedirectTheRefund() {
      Case own = moveOut(1000);
      as("zhaomin").claimAndSubmit(own.id, "checkSettlement", "zhaomin", Map.of());
      ResponseEntity<String> refused = as("liuqiang").claimAndSubmit(own.id, "inspectPremises", "liuqiang",
          Map.of("repairNeeded", false, "leaseDeposit", 99999.0, "refundAccount", "攻击者账户 6222 9999"));

      assertRefused(refused, 400, "leaseDeposit", "refundAccount");
      Map<String, Object> variables = engine.getRuntimeService().getVariables(own.id);
      assertThat(variables).containsEntry("refundAccount", "工商银行 6222 0000 1111")
          .containsEntry("leaseDeposit", new BigDecimal("1000.00"));
    }

    @Test
    void financeCannotRewriteTheArrearsItChecks() {
      Case own = moveOut(1000);
      ResponseEntity<String> refused = as("zhaomin").claimAndSubmit(own.id, "checkSettlement", "zhaomin",
          Map.of("arrears", "-50000"));

      assertRefused(refused, 400, "arrears(欠费(元)): 只读，不可修改");
      assertThat(engine.getRuntimeService().getVariable(own.id, "arrears")).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aFeeCannotBeBookedOnAnotherUnit() {
      Case job = repairAtChargeConfirmation();
      ResponseEntity<String> refused = as("zhangwei").claimAndSubmit(job.id, "confirmCharge", "zhangwei",
          Map.of("fee", 80.0, "ownerConfirmed", true, "place", "1栋101"));

      assertRefused(refused, 400, "place(地点): 只读，不可修改");
      // nor another amount than the price list's (30 yuan a tap)
      assertRefused(as("zhangwei").submitTaskForm(as("zhangwei").task(job.id, "confirmCharge").get("id").asText(),
          Map.of("fee", 80.0, "ownerConfirmed", true)), 400, "fee(费用(元)): 只读，不可修改");
      assertThat(ledger.entriesOfUnit("1栋101")).isEmpty();
      assertThat(ledger.entries(job.no)).isEmpty();
    }

    @Test
    void whoReceivedAComplaintComesFromTheLoginNotFromTheForm() {
      Map<String, Object> form = complaintForm();
      form.put("receivedBy", "lina");
      assertRefused(as("zhangwei").submitStartForm("complaint-handling", form), 400,
          "receivedBy(receivedBy): 不是此表单的输入项");

      Case started = complaint();
      assertThat(complaints.find(started.no)).containsEntry("RECEIVED_BY", "zhangwei");
    }

    @Test
    void whoTookALeadInComesFromTheLoginNotFromTheForm() {
      // The 接单人 of a lead is the login that enters it (as the complaint's receiver is); a name sent along is refused.
      Map<String, Object> form = lead("13700000780");
      form.put("claimedBy", "zhouli");
      assertRefused(as("tianxue").submitStartForm("lead-to-order", form), 400,
          "claimedBy(claimedBy): 不是此表单的输入项");

      assertThat(as("tianxue").submitStartForm("lead-to-order", lead("13700000780")).getStatusCode())
          .isEqualTo(HttpStatus.OK);
      var started = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("lead-to-order")
          .variableValueEquals("phone", "13700000780").singleResult();
      assertThat(engine.getRuntimeService().getVariable(started.getId(), "claimedBy")).isEqualTo("tianxue");
    }

    @Test
    void aPreferredDesignerWhoIsNoDesignerIsRefusedNamingTheField() {
      // Picked from the designers' list at attribution; a login sent past the list is refused in Chinese.
      assertThat(as("wuhao").submitStartForm("lead-to-order",
          new HashMap<>(Map.of("customerName", "陈先生", "phone", "13700000781", "address", "锦绣花园3栋1202",
              "estimatedAmount", 12000.0, "source", "marketing"))).getStatusCode()).isEqualTo(HttpStatus.OK);
      var started = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("lead-to-order")
          .variableValueEquals("phone", "13700000781").singleResult();
      TasklistClient accountManager = as("zhouli");
      String attribution = accountManager.task(started.getId(), "confirmAttribution").get("id").asText();
      assertRefused(accountManager.submitTaskForm(attribution, Map.of("leadOwner", "wuhao",
          "attributionBasis", "first-contact", "preferredDesigner", "zhouli")), 400,
          "业务员优先选择的设计师", "没有设计师 \"zhouli\"");
    }

    @Test
    void aCallerChosenCaseNumberIsRefusedThroughEveryWayToStart() {
      String form = "{\"businessKey\":\"TS999999\",\"variables\":" + typed(complaintForm()) + "}";
      assertRefused(as("zhangwei").send(HttpMethod.POST,
          "/engine-rest/process-definition/key/complaint-handling/submit-form", form), 400, "businessKey");
      assertRefused(as("zhangwei").send(HttpMethod.POST,
          "/engine-rest/process-definition/key/complaint-handling/start", form), 400, "businessKey");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("TS999999")
          .count()).isZero();
    }

    @Test
    void aStartBeyondTheStartFormIsRefused() {
      String body = "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"archiveComplaint\"}],"
          + "\"variables\":{}}";
      ResponseEntity<String> refused = as("zhangwei").send(HttpMethod.POST,
          "/engine-rest/process-definition/key/complaint-handling/start", body);
      assertRefused(refused, 403, "只能从开始表单发起");
    }

    @Test
    void tasklistSendingReadOnlyFieldsBackUnchangedIsAcceptedAndRecordsNoChange() {
      Case complaint = complaint();
      as("lina").claimAndSubmit(complaint.id, "handleComplaint", "lina",
          Map.of("cause", "装修超时", "actions", "上门劝导", "result", "已停止夜间施工"));
      as("zhangwei").claimAndSubmit(complaint.id, "replyToComplainant", "zhangwei",
          Map.of("replyMethod", "phone", "replyText", "已处理"));

      // What Tasklist sends for the return visit: every field it shows, the read-only count as text.
      Map<String, Object> shown = new HashMap<>(Map.of("caseNo", complaint.no, "complainantName", "刘女士",
          "unit", "5栋2单元701", "phone", "13900001111", "category", "noise", "description", "楼上夜间装修噪音",
          "result", "已停止夜间施工", "reopenCount", "0"));
      shown.putAll(Map.of("satisfied", false, "dissatisfactionReason", "仍有夜间施工", "visitNotes", ""));
      ResponseEntity<String> done = as("lina").claimAndSubmit(complaint.id, "returnVisit", "lina", shown);

      assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(as("lina").task(complaint.id, "handleComplaint")).isNotNull();
      assertThat(updatesOf(complaint.id, "caseNo")).hasSize(1);
      assertThat(updatesOf(complaint.id, "reopenCount")).extracting(HistoricVariableUpdate::getValue)
          .containsExactly(0, 1);
    }
  }

  @Nested
  class Duties {

    @Test
    void anAccountManagerCannotTakeOrEvenSeeARefundApproval() {
      Case refund = moveOutAtApproval(5000);
      String approval = engine.getTaskService().createTaskQuery().processInstanceId(refund.id).singleResult().getId();

      // (she works in the renovation shop: a case of the 管理处 is not there for her at all)
      assertRefused(assign("zhouli", approval, "zhouli"), 404, "找不到");
      assertThat(as("zhouli").get("/engine-rest/task?processDefinitionKey=move-out-refund")).isEmpty();
      assertThat(as("zhouli").send(HttpMethod.GET, "/engine-rest/task/" + approval + "/variables", null)
          .getStatusCode().is2xxSuccessful()).isFalse();
      assertThat(engine.getTaskService().createTaskQuery().taskId(approval).singleResult().getAssignee()).isNull();
    }

    @Test
    void aSupervisorCannotHandTheOfficeManagersApprovalToHerselfNorCompleteItIfGivenIt() {
      Case refund = moveOutAtApproval(5000);
      // every level from its threshold up: another supervisor's level first, then the office manager's
      assertThat(as("zhoujie").claimAndSubmit(refund.id, "approveRefund", "zhoujie", Map.of("approved", true))
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      String approval = engine.getTaskService().createTaskQuery().processInstanceId(refund.id).singleResult().getId();

      assertRefused(assign("wangfang", approval, "wangfang"), 403, "只能交给 管理处主任 的人员");
      engine.getTaskService().setAssignee(approval, "wangfang");
      assertRefused(as("wangfang").submitTaskForm(approval, Map.of("approved", true)), 403, "管理处主任");
      assertThat(engine.getTaskService().createTaskQuery().taskId(approval).count()).isOne();
    }

    @Test
    void whoAppliedForARefundCannotApproveItButAnotherSupervisorCan() {
      Case refund = moveOutAtApproval("wangfang", 1000);

      assertRefused(as("wangfang").claimAndSubmit(refund.id, "approveRefund", "wangfang",
          Map.of("approved", true)), 403, "发起申请");
      engine.getTaskService().setAssignee(
          engine.getTaskService().createTaskQuery().processInstanceId(refund.id).singleResult().getId(), null);
      assertThat(as("zhoujie").claimAndSubmit(refund.id, "approveRefund", "zhoujie", Map.of("approved", true))
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void whoApprovedARefundCannotPayIt() {
      Case refund = moveOutAtApproval(20000);
      as("zhoujie").claimAndSubmit(refund.id, "approveRefund", "zhoujie", Map.of("approved", true));
      as("huangjun").claimAndSubmit(refund.id, "approveRefund", "huangjun", Map.of("approved", true));
      assertThat(as("qianduo").claimAndSubmit(refund.id, "approveRefund", "qianduo", Map.of("approved", true))
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

      assertRefused(as("qianduo").claimAndSubmit(refund.id, "payRefund", "qianduo",
          Map.of("paymentReference", "PZ-9")), 403, "按职责分离");
      engine.getTaskService().setAssignee(
          engine.getTaskService().createTaskQuery().processInstanceId(refund.id).singleResult().getId(), null);
      assertThat(as("zhaomin").claimAndSubmit(refund.id, "payRefund", "zhaomin", Map.of("paymentReference", "PZ-9"))
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void aDepartmentHeadReassignsWithinHisDepartmentOnly() {
      Case job = repairDispatchedTo("liuqiang");
      String arrival = engine.getTaskService().createTaskQuery().processInstanceId(job.id).singleResult().getId();

      assertRefused(assign("yangming", arrival, "zhangwei"), 403, "工程维修部");
      // The reason first (issue 17 point 13: a head's reassignment carries its reason), as a task comment.
      assertRefused(assign("yangming", arrival, "chenjie"), 400, "改派理由");
      assertThat(as("yangming").send(HttpMethod.POST, "/engine-rest/task/" + arrival + "/comment/create",
          "{\"message\":\"urgent job elsewhere\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(assign("yangming", arrival, "chenjie").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      assertRefused(assign("wangfang", arrival, "liuqiang"), 403, "");
      assertThat(engine.getTaskService().createTaskQuery().taskId(arrival).singleResult().getAssignee())
          .isEqualTo("chenjie");
    }

    @Test
    void theDispatcherCannotSuspendARepair() {
      Case job = repairDispatchedTo("liuqiang");
      assertRefused(as("yangming").send(HttpMethod.PUT, "/engine-rest/process-instance/" + job.id + "/suspended",
          "{\"suspended\":true}"), 403, "");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(job.id).active().count())
          .isOne();
    }

    @Test
    void maintenanceCannotStartAMoveOut() {
      assertRefused(as("liuqiang").submitStartForm("move-out-refund", moveOutForm(1000)), 403, "");
    }
  }

  @Nested
  class ServerFaults {

    @Test
    void overlongTextIsRefusedNamingTheField() {
      Map<String, Object> form = complaintForm();
      form.put("complainantName", "张".repeat(101));
      form.put("description", "吵".repeat(2001));
      assertRefused(as("zhangwei").submitStartForm("complaint-handling", form), 400,
          "complainantName(投诉人): 最多 100 个字", "description(投诉内容): 最多 2000 个字");
    }

    @Test
    void amountsBeyondEveryColumnAreRefusedNamingTheField() {
      Map<String, Object> lead = lead("13700000777");
      lead.put("estimatedAmount", 1e12);
      assertRefused(as("zhouli").submitStartForm("lead-to-order", lead), 400, "estimatedAmount(预估合同金额(元)): 不能大于");

      String infinite = "{\"variables\":" + typed(moveOutForm(100)).replace("\"value\":100.0", "\"value\":1E+400") + "}";
      assertRefused(as("zhangwei").send(HttpMethod.POST,
          "/engine-rest/process-definition/key/move-out-refund/submit-form", infinite), 400, "leaseDeposit");
    }

    @Test
    void textWhereANumberBelongsIsRefusedNamingTheField() {
      String body = "{\"variables\":" + typed(lead("13700000778")).replaceFirst(
          "\"estimatedAmount\":\\{[^}]*}", "\"estimatedAmount\":{\"value\":\"abc\",\"type\":\"Double\"}") + "}";
      assertRefused(as("zhouli").send(HttpMethod.POST, "/engine-rest/process-definition/key/lead-to-order/submit-form",
          body), 400, "estimatedAmount: \"abc\" 不是数字");
    }

    @Test
    void anObjectOfTheCallersChoosingIsRefusedBeforeTheEngineSeesIt() {
      String body = "{\"variables\":{\"description\":{\"type\":\"Object\",\"value\":\"{}\",\"valueInfo\":"
          + "{\"objectTypeName\":\"java.net.URL\",\"serializationDataFormat\":\"application/json\"}}}}";
      assertRefused(as("zhangwei").send(HttpMethod.POST,
          "/engine-rest/process-definition/key/complaint-handling/submit-form", body), 400, "description: 不接受此类值");
    }

    @Test
    void aMissingYesOrNoAnswerIsRefusedNamingTheField() {
      Case complaint = complaint();
      as("lina").claimAndSubmit(complaint.id, "handleComplaint", "lina",
          Map.of("cause", "装修超时", "actions", "上门劝导", "result", "已停工"));
      as("zhangwei").claimAndSubmit(complaint.id, "replyToComplainant", "zhangwei",
          Map.of("replyMethod", "phone", "replyText", "已处理"));
      assertRefused(as("lina").claimAndSubmit(complaint.id, "returnVisit", "lina", Map.of("visitNotes", "未接通")),
          400, "satisfied(投诉人是否满意): 必填");
    }

    @Test
    void aTaskClaimedByAColleagueAnswers409InWords() {
      Case complaint = complaint();
      String handling = as("lina").task(complaint.id, "handleComplaint").get("id").asText();
      as("lina").claim(handling, "lina");
      assertRefused(as("zhangwei").claim(handling, "zhangwei"), 409, "已由 lina 认领");
    }

    @Test
    void tasklistsOwnEngineApiChecksAndAnswersTheSameWay() {
      Case complaint = complaint();
      WebappSession lina = new WebappSession(port, "lina", "demo");
      String handling = as("lina").task(complaint.id, "handleComplaint").get("id").asText();
      HttpResponse<String> claimed = lina.post("task/" + handling + "/claim", "{\"userId\":\"lina\"}");
      assertThat(claimed.statusCode()).as(claimed.headers() + " " + claimed.body()).isEqualTo(204);

      HttpResponse<String> tampered = lina.post("task/" + handling + "/submit-form", "{\"variables\":{"
          + "\"cause\":{\"value\":\"x\",\"type\":\"String\"},\"actions\":{\"value\":\"x\",\"type\":\"String\"},"
          + "\"result\":{\"value\":\"x\",\"type\":\"String\"},\"phone\":{\"value\":\"110\",\"type\":\"String\"}}}");
      assertThat(tampered.statusCode()).as(tampered.body()).isEqualTo(400);
      assertThat(tampered.body()).contains("phone(电话): 只读，不可修改");
      assertThat(INTERNALS.matcher(tampered.body()).find()).as(tampered.body()).isFalse();

      HttpResponse<String> notANumber = lina.post("task/" + handling + "/submit-form",
          "{\"variables\":{\"cause\":{\"value\":\"abc\",\"type\":\"Integer\"}}}");
      assertThat(notANumber.statusCode()).isEqualTo(400);
      assertThat(notANumber.body()).contains("cause: \\\"abc\\\" 不是整数");
    }

    @Test
    void anUnknownTaskAnswers404InWords() {
      assertRefused(as("lina").submitTaskForm("no-such-task", Map.of("cause", "x")), 404, "找不到");
    }
  }

  @Nested
  class MissingChecks {

    @Test
    void aRefundRejectionNeedsAReason() {
      Case refund = moveOutAtApproval(1000);
      assertRefused(as("wangfang").claimAndSubmit(refund.id, "approveRefund", "wangfang", Map.of("approved", false)),
          400, "rejectionReason(驳回理由): 必填");
    }

    @Test
    void aReplyMethodOutsideTheListIsRefused() {
      Case complaint = complaint();
      as("lina").claimAndSubmit(complaint.id, "handleComplaint", "lina",
          Map.of("cause", "装修超时", "actions", "上门劝导", "result", "已停工"));
      assertRefused(as("zhangwei").claimAndSubmit(complaint.id, "replyToComplainant", "zhangwei",
          Map.of("replyMethod", "carrier-pigeon", "replyText", "已处理")), 400, "replyMethod(答复方式): 取值 \"carrier-pigeon\"");
    }

    @Test
    void aFollowUpDateCenturiesAwayIsRefused() {
      Case job = repairDispatchedTo("liuqiang");
      TasklistClient technician = as("liuqiang");
      technician.submitTaskForm(technician.task(job.id, "confirmArrival").get("id").asText(), Map.of());
      assertRefused(technician.submitTaskForm(technician.task(job.id, "repairOnSite").get("id").asText(),
          Map.of("repairResult", "waiting", "waitReason", "parts", "followUpDate", "9999-01-01")), 400, "followUpDate");
      assertRefused(technician.submitTaskForm(technician.task(job.id, "repairOnSite").get("id").asText(),
          Map.of("repairResult", "waiting", "waitReason", "parts", "followUpDate", "2099-01-01")), 400,
          "followUpDate(跟进日期): 最多等待 90 天");
    }

    @Test
    void aPhoneNumberThatIsNotOneIsRefused() {
      Map<String, Object> report = repairForm();
      report.put("phone", "call me maybe");
      assertRefused(as("zhangwei").submitStartForm("repair-dispatch", report), 400, "phone(联系电话)");
    }

    @Test
    void aLeadHeldForDuplicateReviewIsValidatedAtIntake() {
      assertThat(as("zhouli").submitStartForm("lead-to-order", lead("13700000779")).getStatusCode())
          .isEqualTo(HttpStatus.OK);
      long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("lead-to-order")
          .count();
      Map<String, Object> again = lead("13700000779");
      again.put("estimatedAmount", 5e11);
      assertRefused(as("zhouli").submitStartForm("lead-to-order", again), 400, "estimatedAmount");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("lead-to-order")
          .count()).isEqualTo(before);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  record Case(String id, String no) {}

  private TasklistClient as(String user) {
    return new TasklistClient(rest, user, "demo");
  }

  private static void assertRefused(ResponseEntity<String> response, int status, String... sayings) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    String body = response.getBody() == null ? "" : response.getBody();
    assertThat(INTERNALS.matcher(body).find()).as("internals in " + body).isFalse();
    String message = TasklistClient.json(response).path("message").asText();
    for (String saying : sayings) {
      assertThat(message).contains(saying);
    }
  }

  private ResponseEntity<String> assign(String user, String taskId, String assignee) {
    return as(user).send(HttpMethod.POST, "/engine-rest/task/" + taskId + "/assignee",
        "{\"userId\":\"" + assignee + "\"}");
  }

  private List<HistoricVariableUpdate> updatesOf(String processInstanceId, String variable) {
    return engine.getHistoryService().createHistoricDetailQuery().processInstanceId(processInstanceId)
        .variableUpdates().orderByTime().asc().orderPartiallyByOccurrence().asc().list().stream()
        .map(HistoricVariableUpdate.class::cast).filter(u -> u.getVariableName().equals(variable)).toList();
  }

  private void person(String id, String group) {
    if (engine.getIdentityService().createUserQuery().userId(id).count() == 0) {
      User user = engine.getIdentityService().newUser(id);
      user.setPassword("demo");
      engine.getIdentityService().saveUser(user);
    }
    // (the user, with its password, then its group and the default offices)
    com.servicecentre.TestStaff.member(engine.getIdentityService(), id, group);
  }

  private Case started(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode json = TasklistClient.json(response);
    return new Case(json.get("id").asText(), json.get("businessKey").asText());
  }

  private static Map<String, Object> complaintForm() {
    return new HashMap<>(Map.of("complainantName", "刘女士", "unit", "5栋2单元701", "phone", "13900001111",
        "channel", "phone", "category", "noise", "severity", "normal", "description", "楼上夜间装修噪音"));
  }

  /** A complaint at its handling step: investigated the same day, the proposed department confirmed. */
  private Case complaint() {
    Case complaint = started(as("zhangwei").submitStartForm("complaint-handling", complaintForm()));
    assertThat(as("zhangwei").claimAndSubmit(complaint.id, "investigateComplaint", "zhangwei",
        Map.of("findings", "夜间装修属实", "suggestedFix", "上门劝导")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as("wangfang").claimAndSubmit(complaint.id, "decideDepartment", "wangfang",
        Map.of("responsibleGroup", "customer-service", "proposedFix", "上门劝导")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    return complaint;
  }

  private static Map<String, Object> moveOutForm(double deposit) {
    return new HashMap<>(Map.of("applicant", "赵先生", "unit", "9栋" + (int) (Math.random() * 900 + 100),
        "moveOutDate", "2026-12-01", "reason", "lease-end", "refundAccount", "工商银行 6222 0000 1111",
        "leaseDeposit", deposit));
  }

  private Case moveOut(double deposit) {
    return moveOut("zhangwei", deposit);
  }

  private Case moveOut(String clerk, double deposit) {
    return started(as(clerk).submitStartForm("move-out-refund", moveOutForm(deposit)));
  }

  private Case moveOutAtApproval(double deposit) {
    return moveOutAtApproval("zhangwei", deposit);
  }

  private Case moveOutAtApproval(String clerk, double deposit) {
    Case refund = moveOut(clerk, deposit);
    assertThat(as("zhaomin").claimAndSubmit(refund.id, "checkSettlement", "zhaomin", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as("liuqiang").claimAndSubmit(refund.id, "inspectPremises", "liuqiang",
        Map.of("repairNeeded", false)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return refund;
  }

  private Case moveOutApproved(double deposit) {
    Case refund = moveOutAtApproval(deposit);
    assertThat(as("wangfang").claimAndSubmit(refund.id, "approveRefund", "wangfang", Map.of("approved", true))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return refund;
  }

  private static Map<String, Object> repairForm() {
    return new HashMap<>(Map.of("reporter", "王先生", "areaType", "in-home", "unit", "5栋2单元701",
        "trade", "plumbing-electrical", "repairSize", "minor", "urgency", "normal", "underWarranty", false,
        "description", "水龙头漏水"));
  }

  private Case repairDispatchedTo(String technician) {
    Case job = started(as("zhangwei").submitStartForm("repair-dispatch", repairForm()));
    assertThat(as("yangming").claimAndSubmit(job.id, "dispatchTechnician", "yangming",
        Map.of("technician", technician)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return job;
  }

  private Case repairAtChargeConfirmation() {
    Case job = repairDispatchedTo("liuqiang");
    TasklistClient technician = as("liuqiang");
    technician.submitTaskForm(technician.task(job.id, "confirmArrival").get("id").asText(), Map.of());
    assertThat(technician.submitTaskForm(technician.task(job.id, "repairOnSite").get("id").asText(),
        Map.of("repairResult", "fixed", "workDone", "更换水龙头", "chargeService", "tap-replace", "chargeQuantity", 1))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return job;
  }

  private static Map<String, Object> lead(String phone) {
    return new HashMap<>(Map.of("customerName", "陈先生", "phone", phone, "address", "锦绣花园3栋1202",
        "estimatedAmount", 20000.0, "source", "walk-in"));
  }

  /** Variables as the REST API takes them: {"name": {"value": …, "type": …}}. */
  private static String typed(Map<String, Object> variables) {
    StringBuilder json = new StringBuilder("{");
    variables.forEach((name, value) -> {
      if (json.length() > 1) {
        json.append(',');
      }
      String literal = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
      json.append('"').append(name).append("\":{\"value\":").append(literal).append(",\"type\":\"")
          .append(value.getClass().getSimpleName()).append("\"}");
    });
    return json.append('}').toString();
  }
}
