-- Delivery of the outbox (issue 18). The relay claims rows (claimed_by, lease_until), sends them through a channel
-- and records the outcome on the row; every try is kept in notification_attempt for the case's audit trail.
-- Numbered 9 so that migrations 7 and 8 of work running in parallel stay free.
ALTER TABLE notification_outbox ADD COLUMN message_type VARCHAR(64);
ALTER TABLE notification_outbox ADD COLUMN message_fields VARCHAR(4000);
ALTER TABLE notification_outbox ADD COLUMN urgent BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE notification_outbox ADD COLUMN process_instance_id VARCHAR(64);
ALTER TABLE notification_outbox ADD COLUMN state VARCHAR(16) DEFAULT 'pending' NOT NULL;
ALTER TABLE notification_outbox ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE notification_outbox ADD COLUMN next_attempt_at DATETIME;
ALTER TABLE notification_outbox ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE notification_outbox ADD COLUMN lease_until DATETIME;
ALTER TABLE notification_outbox ADD COLUMN delivered_channel VARCHAR(16);
ALTER TABLE notification_outbox ADD COLUMN delivered_to VARCHAR(500);
ALTER TABLE notification_outbox ADD COLUMN last_error VARCHAR(500);
ALTER TABLE notification_outbox ADD COLUMN failed_at DATETIME;
-- Rows written before this release were never meant to be sent now (a technician "on the way" days ago): kept, not
-- delivered. Their case is the part of the key before the first colon.
UPDATE notification_outbox SET process_instance_id = SUBSTRING(message_key, 1, LOCATE(':', message_key) - 1)
  WHERE LOCATE(':', message_key) > 1;
UPDATE notification_outbox SET state = 'skipped' WHERE sent_at IS NULL;
UPDATE notification_outbox SET state = 'sent' WHERE sent_at IS NOT NULL;
CREATE INDEX notification_outbox_due ON notification_outbox (state, next_attempt_at);
CREATE INDEX notification_outbox_recipient ON notification_outbox (recipient, state, id);
CREATE INDEX notification_outbox_case ON notification_outbox (process_instance_id);

-- Every try to deliver a row: sent, failed (and whether it is tried again), held for quiet hours, retried by an admin.
CREATE TABLE notification_attempt (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  outbox_id    BIGINT        NOT NULL,
  attempted_at DATETIME      NOT NULL,
  channel      VARCHAR(16),
  address      VARCHAR(500),
  outcome      VARCHAR(16)   NOT NULL,
  detail       VARCHAR(500),
  node         VARCHAR(100)
);
CREATE INDEX notification_attempt_outbox ON notification_attempt (outbox_id, id);

-- What an owner's (or an outside company's) record allows: the address a process writes as recipient (a phone
-- number, a unit, outsourced-lift …) and the mobile number, WeChat openid and e-mail to reach it by.
CREATE TABLE notification_contact (
  address        VARCHAR(100) NOT NULL PRIMARY KEY,
  mobile         VARCHAR(32),
  wechat_open_id VARCHAR(64),
  email          VARCHAR(200),
  updated_at     DATETIME     NOT NULL
);
