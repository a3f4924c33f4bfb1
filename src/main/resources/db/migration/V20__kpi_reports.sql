-- The KPI rhythm (日预警, 周通报, 月考核): one row per report, kind, period (its first day), office and department
-- ('*': the office as a whole). The unique key is the claim: with two nodes on one database, the node whose insert
-- succeeded sends the report's messages in the same transaction, the other sends nothing. content: what the report
-- says, as JSON (the cases of a warning, the figures of a bulletin). A re-run replaces content and says so.
CREATE TABLE kpi_report (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind         VARCHAR(16)  NOT NULL,
  period_start DATE         NOT NULL,
  period_end   DATE         NOT NULL,
  office       VARCHAR(16)  NOT NULL,
  department   VARCHAR(32)  NOT NULL,
  content      MEDIUMTEXT   NOT NULL,
  recipients   VARCHAR(1000),
  created_at   DATETIME     NOT NULL,
  rerun        BOOLEAN      NOT NULL DEFAULT FALSE,
  rerun_at     DATETIME,
  rerun_by     VARCHAR(64),
  CONSTRAINT kpi_report_once UNIQUE (kind, period_start, office, department)
);
CREATE INDEX kpi_report_period ON kpi_report (period_start);
