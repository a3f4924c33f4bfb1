package com.servicecentre.kpi;

import com.servicecentre.common.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks every service-centre.kpi.reports.interval (default five minutes) on every node for the reports due
 * ({@link KpiReports#runDue}): from service-centre.kpi.reports.at (08:00) of a working day the office's 日预警, and
 * the 周通报 and 月考核 when their period has just ended. The claim row in kpi_report keeps a second node from
 * producing or sending a report twice; a report already stored costs one indexed look per office and kind. Off
 * with service-centre.kpi.reports.schedule.enabled=false, as in the tests, which run it themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "service-centre.kpi.reports.schedule.enabled", havingValue = "true",
    matchIfMissing = true)
public class KpiReportSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(KpiReportSchedule.class);

  private final KpiReports reports;

  public KpiReportSchedule(KpiReports reports) {
    this.reports = reports;
  }

  @Scheduled(fixedDelayString = "${service-centre.kpi.reports.interval:PT5M}",
      initialDelayString = "${service-centre.kpi.reports.interval:PT5M}")
  public void run() {
    try {
      reports.runDue(EngineClock.instant());
    } catch (RuntimeException e) {
      LOG.warn("KPI report run failed: {}", e.getMessage());
    }
  }
}
