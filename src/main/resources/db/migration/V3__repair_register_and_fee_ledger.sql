-- 报修登记/维修台账: one row per repair job, from report to return visit.
CREATE TABLE repair_register (
  job_no              VARCHAR(32)   NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64)   NOT NULL,
  reporter            VARCHAR(100)  NOT NULL,
  unit                VARCHAR(64),
  location            VARCHAR(255),
  area_type           VARCHAR(16)   NOT NULL,
  trade               VARCHAR(32)   NOT NULL,
  repair_size         VARCHAR(16)   NOT NULL,
  urgency             VARCHAR(16)   NOT NULL,
  under_warranty      BOOLEAN       NOT NULL,
  description         VARCHAR(2000) NOT NULL,
  reported_at         DATETIME      NOT NULL,
  team                VARCHAR(16),
  technician          VARCHAR(64),
  arrived_at          DATETIME,
  arrived_on_time     BOOLEAN,
  completed_at        DATETIME,
  completed_on_time   BOOLEAN,
  work_done           VARCHAR(2000),
  materials           VARCHAR(1000),
  labour_hours        DECIMAL(6,2),
  waits               INT           NOT NULL DEFAULT 0,
  chargeable          BOOLEAN,
  fee                 DECIMAL(12,2),
  reopen_count        INT           NOT NULL DEFAULT 0,
  satisfaction        VARCHAR(16),
  status              VARCHAR(16)   NOT NULL,
  closed_at           DATETIME
);
CREATE INDEX repair_register_reported ON repair_register (reported_at);

-- 费用台账: what each unit owes (charges, positive) and has paid (payments, negative), per case and kind.
CREATE TABLE fee_ledger (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  unit        VARCHAR(64)   NOT NULL,
  case_no     VARCHAR(32)   NOT NULL,
  entry_type  VARCHAR(32)   NOT NULL,
  amount      DECIMAL(12,2) NOT NULL,
  description VARCHAR(500),
  booked_at   DATETIME      NOT NULL,
  CONSTRAINT fee_ledger_once_per_case UNIQUE (case_no, entry_type)
);
CREATE INDEX fee_ledger_unit ON fee_ledger (unit);
