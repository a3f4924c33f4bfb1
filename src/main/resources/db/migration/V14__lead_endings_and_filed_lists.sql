-- Every way a lead ends (无效单, 死单 before or after the quotation, 退单 after signing) keeps its stage and who
-- confirmed it in the register: the customer assistant's (or, before measurement, the account manager's) return
-- visit and the design manager's confirmation (seed 001: 经设计部经理签字确认后备案存档).
ALTER TABLE lead_register ADD COLUMN outcome_stage VARCHAR(32);
ALTER TABLE lead_register ADD COLUMN outcome_visited_by VARCHAR(64);
ALTER TABLE lead_register ADD COLUMN outcome_confirmed_by VARCHAR(64);

-- 统一管理 (seed 001 L28–29): a salesperson who took the customer to a designer without the account manager's
-- dispatch loses that order's credit; the account manager records it at attribution.
ALTER TABLE lead_register ADD COLUMN private_designer_contact BOOLEAN DEFAULT FALSE NOT NULL;

-- A cancelled order's commission is reversed by a line of its own (entry 'reversal', negative amount, booked when
-- the cancellation was confirmed), never deleted: the month it was paid keeps its record. booked_at is the day a
-- line counts for pay; lines recorded before count on the day the order was signed.
ALTER TABLE lead_commission ADD COLUMN entry VARCHAR(16) NOT NULL DEFAULT 'earned';
ALTER TABLE lead_commission ADD COLUMN booked_at DATETIME;
UPDATE lead_commission SET booked_at = signed_at;
ALTER TABLE lead_commission DROP PRIMARY KEY;
ALTER TABLE lead_commission ADD PRIMARY KEY (lead_no, role, entry);

-- 报备 (档案认定): each salesperson's daily filed list of the customers they are in contact with, with the date of
-- the inquiry. The filing time is the server's; when two people claim the same customer, the earlier filing owns it.
CREATE TABLE lead_filing (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  filed_by      VARCHAR(64)  NOT NULL,
  customer_name VARCHAR(100) NOT NULL,
  phone         VARCHAR(32)  NOT NULL,
  address       VARCHAR(255),
  contacted_on  DATE         NOT NULL,
  notes         VARCHAR(500),
  filed_at      DATETIME     NOT NULL
);
CREATE INDEX lead_filing_phone ON lead_filing (phone, filed_at);
CREATE INDEX lead_filing_filer ON lead_filing (filed_by, filed_at);

-- Every claim on a customer the account manager weighed when merging a duplicate lead into the earlier one: both
-- leads' people and the filed lists, with the owner decided; kept on the lead that stays.
CREATE TABLE lead_claim (
  lead_no      VARCHAR(32) NOT NULL,
  claimant     VARCHAR(64) NOT NULL,
  basis        VARCHAR(32) NOT NULL,
  source_ref   VARCHAR(64) NOT NULL,
  claimed_at   DATETIME,
  decided_owner BOOLEAN    NOT NULL,
  recorded_at  DATETIME    NOT NULL,
  PRIMARY KEY (lead_no, claimant, basis, source_ref)
);
