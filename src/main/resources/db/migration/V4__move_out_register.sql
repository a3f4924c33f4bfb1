-- 退房/迁出退款台账: one row per move-out case, from application to release note.
CREATE TABLE move_out_register (
  case_no             VARCHAR(32)   NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64)   NOT NULL,
  applicant           VARCHAR(100)  NOT NULL,
  unit                VARCHAR(64)   NOT NULL,
  move_out_date       DATE          NOT NULL,
  reason              VARCHAR(32)   NOT NULL,
  refund_account      VARCHAR(100),
  deposits_held       DECIMAL(14,2) NOT NULL,
  arrears             DECIMAL(14,2),
  damage_cost         DECIMAL(14,2),
  refund_amount       DECIMAL(14,2),
  approval_chain      VARCHAR(200),
  payment_reference   VARCHAR(100),
  paid_at             DATETIME,
  release_note_no     VARCHAR(32),
  status              VARCHAR(16)   NOT NULL,
  applied_at          DATETIME      NOT NULL,
  closed_at           DATETIME
);
