-- The targets managers set on the KPI page; a figure without a row here keeps the target of kpi/kpis.yml.
CREATE TABLE kpi_target (
  code       VARCHAR(64)   NOT NULL PRIMARY KEY,
  target     DECIMAL(10,2) NOT NULL,
  updated_by VARCHAR(64)   NOT NULL,
  updated_at DATETIME      NOT NULL
);
