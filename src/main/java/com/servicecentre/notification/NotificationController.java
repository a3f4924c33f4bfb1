package com.servicecentre.notification;

import com.servicecentre.api.ApiException;
import com.servicecentre.api.StaffMember;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators' view of the deliveries that failed for good (a wrong number, an unknown WeChat user, a channel
 * down for hours) with the case they belong to, and a retry that hands one back to the relay.
 */
@RestController
@RequestMapping("/api/notifications")
public class NotificationController {

  private final NotificationDeliveries deliveries;
  private final HistoryService history;

  public NotificationController(NotificationDeliveries deliveries, HistoryService history) {
    this.deliveries = deliveries;
    this.history = history;
  }

  /** The failed deliveries, newest first, each with its case number. */
  @GetMapping("/failed")
  public List<Map<String, Object>> failed(HttpServletRequest request, @RequestParam(defaultValue = "200") int max) {
    admin(request);
    if (max < 1 || max > 1000) {
      throw new ApiException(400, "max 须在 1 到 1000 之间");
    }
    Map<String, String> caseNumbers = new HashMap<>();
    return deliveries.failed(max).stream().map(d -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("caseNo", d.processInstanceId() == null ? null
          : caseNumbers.computeIfAbsent(d.processInstanceId(), this::caseNo));
      entry.put("delivery", d);
      return entry;
    }).toList();
  }

  /** Sends a failed delivery again: its tries start anew at the relay's next run. */
  @PostMapping("/{id}/retry")
  public NotificationDeliveries.Delivery retry(HttpServletRequest request, @PathVariable long id) {
    StaffMember admin = admin(request);
    NotificationDeliveries.Delivery delivery = deliveries.find(id);
    if (delivery == null) {
      throw new ApiException(404, "没有编号为 " + id + " 的通知");
    }
    if (!deliveries.retry(id, admin.userId())) {
      throw new ApiException(409, "通知 " + id + " 不是发送失败状态（当前：" + delivery.stateText() + "），无需重发");
    }
    return deliveries.find(id);
  }

  private String caseNo(String processInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  private static StaffMember admin(HttpServletRequest request) {
    StaffMember member = StaffMember.of(request);
    if (!member.admin()) {
      throw new ApiException(403, member.userId() + " 无权查看或重发通知：仅限管理员");
    }
    return member;
  }
}
