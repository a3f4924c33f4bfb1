-- 咨询客户信息统计表: every lead from intake to its outcome (signed, invalid, lost).
CREATE TABLE lead_register (
  lead_no             VARCHAR(32)   NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64)   NOT NULL,
  customer_name       VARCHAR(100)  NOT NULL,
  phone               VARCHAR(32)   NOT NULL,
  address             VARCHAR(255)  NOT NULL,
  floor_area          DECIMAL(10,2),
  planned_date        DATE,
  estimated_amount    DECIMAL(14,2) NOT NULL,
  source              VARCHAR(32)   NOT NULL,
  claimed_by          VARCHAR(64),
  lead_owner          VARCHAR(64),
  attribution_basis   VARCHAR(32),
  transfer_slip_no    VARCHAR(64),
  order_size          VARCHAR(16),
  designer            VARCHAR(64),
  dispatch_basis      VARCHAR(32),
  dispatch_reason     VARCHAR(255),
  dispatched_at       DATETIME,
  status              VARCHAR(16)   NOT NULL,
  outcome_reason      VARCHAR(64),
  outcome_notes       VARCHAR(500),
  contract_amount     DECIMAL(14,2),
  received_at         DATETIME      NOT NULL,
  closed_at           DATETIME
);
CREATE INDEX lead_register_phone ON lead_register (phone);
CREATE INDEX lead_register_designer ON lead_register (designer, dispatched_at);

-- Case numbers (lead, complaint, repair job, move-out case): one row per number handed out, so that numbering
-- works the same on H2 and MySQL (which has no sequences).
CREATE TABLE case_number (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  prefix    VARCHAR(8) NOT NULL,
  issued_at DATETIME   NOT NULL
);

-- 提成: one commission per signed order.
CREATE TABLE lead_commission (
  lead_no     VARCHAR(32)   NOT NULL PRIMARY KEY,
  beneficiary VARCHAR(64)   NOT NULL,
  amount      DECIMAL(10,2) NOT NULL,
  signed_at   DATETIME      NOT NULL
);
