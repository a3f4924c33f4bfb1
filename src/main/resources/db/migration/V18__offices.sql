-- Offices (管理处, 店面) as data (issue 14): each is also a Camunda tenant with the same code. Filled from
-- offices/offices.yml at start-up; administrators change name, address, phone and calendar afterwards.
CREATE TABLE office (
  code       VARCHAR(16)  NOT NULL PRIMARY KEY,
  name       VARCHAR(100) NOT NULL,
  kind       VARCHAR(16)  NOT NULL,
  address    VARCHAR(200),
  phone      VARCHAR(32),
  calendar   VARCHAR(64),
  position   INT          NOT NULL,
  updated_by VARCHAR(64),
  updated_at DATETIME
);

-- The units an office manages: estate, building, unit (a shop manages none).
CREATE TABLE office_unit (
  office_code VARCHAR(16)  NOT NULL,
  estate      VARCHAR(100) NOT NULL,
  building    VARCHAR(50)  NOT NULL,
  unit        VARCHAR(50)  NOT NULL,
  PRIMARY KEY (office_code, estate, building, unit)
);

-- Every register and ledger row names the office of its case. Rows written before offices existed are given the
-- default office of their kind by the one-off upgrade step (office/OfficeUpgrade), which knows the offices file.
ALTER TABLE complaint_register ADD office VARCHAR(16);
ALTER TABLE repair_register ADD office VARCHAR(16);
ALTER TABLE fee_ledger ADD office VARCHAR(16);
ALTER TABLE move_out_register ADD office VARCHAR(16);
ALTER TABLE lead_register ADD office VARCHAR(16);
ALTER TABLE lead_commission ADD office VARCHAR(16);
ALTER TABLE lead_filing ADD office VARCHAR(16);
ALTER TABLE lead_claim ADD office VARCHAR(16);
ALTER TABLE case_step_time ADD office VARCHAR(16);

-- One-off steps that must run once after this migration, when the application knows its offices: the upgrade
-- step deletes its row in the same transaction as its work.
CREATE TABLE office_upgrade (
  step VARCHAR(64) NOT NULL PRIMARY KEY
);
INSERT INTO office_upgrade (step) VALUES ('cases-to-default-office');
