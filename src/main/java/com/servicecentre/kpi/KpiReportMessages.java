package com.servicecentre.kpi;

import com.servicecentre.notification.Audiences;
import com.servicecentre.notification.MessageCatalog;
import com.servicecentre.notification.MessageType;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The messages of the KPI rhythm to department heads and office managers, with the fields their templates
 * (notification/templates.yml) may use. They belong to no case, so the office's name comes as a field of its own
 * ({@code officeTitle}: the outbox's officeName is that of a running case).
 */
@Component
public class KpiReportMessages implements MessageCatalog {

  /** 日预警: counts of cases due today, overdue and reopened repeatedly, and the case numbers. */
  public static final MessageType DAILY_WARNING = MessageType.of("kpi-daily-warning", Audiences.STAFF,
      "officeTitle", "department", "period", "dueToday", "overdue", "reopened", "detail");
  /** 周通报 and 月考核: how many figures missed their target, how many got worse, and which. */
  public static final MessageType WEEKLY_BULLETIN = MessageType.of("kpi-weekly-bulletin", Audiences.STAFF,
      "officeTitle", "department", "period", "figures", "missed", "worse", "detail");
  public static final MessageType MONTHLY_ASSESSMENT = MessageType.of("kpi-monthly-assessment", Audiences.STAFF,
      "officeTitle", "department", "period", "figures", "missed", "worse", "detail");

  @Override
  public List<MessageType> messageTypes() {
    return List.of(DAILY_WARNING, WEEKLY_BULLETIN, MONTHLY_ASSESSMENT);
  }
}
