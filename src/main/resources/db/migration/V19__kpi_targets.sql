-- The targets office managers set for their office on the KPI page; a figure without a row here for an office
-- keeps the company's target of kpi/kpis.yml.
CREATE TABLE kpi_target (
  code       VARCHAR(64)   NOT NULL,
  office     VARCHAR(16)   NOT NULL,
  target     DECIMAL(10,2) NOT NULL,
  updated_by VARCHAR(64)   NOT NULL,
  updated_at DATETIME      NOT NULL,
  PRIMARY KEY (code, office)
);
