-- 客户投诉登记表: one row per complaint from intake; completed at closure (结案归档). Durations in minutes.
CREATE TABLE complaint_register (
  complaint_no        VARCHAR(32)  NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64)  NOT NULL,
  complainant_name    VARCHAR(100) NOT NULL,
  unit                VARCHAR(64),
  phone               VARCHAR(32),
  channel             VARCHAR(16)  NOT NULL,
  category            VARCHAR(32)  NOT NULL,
  severity            VARCHAR(16)  NOT NULL,
  description         VARCHAR(2000) NOT NULL,
  received_at         DATETIME     NOT NULL,
  received_by         VARCHAR(64),
  settled_at_intake   BOOLEAN      NOT NULL,
  important_event     BOOLEAN,
  responsible_group   VARCHAR(64),
  handler             VARCHAR(64),
  resolution          VARCHAR(2000),
  escalation          VARCHAR(32),
  reopen_count        INT          NOT NULL DEFAULT 0,
  satisfaction        VARCHAR(32),
  resolution_due      DATETIME,
  resolved_on_time    BOOLEAN,
  handling_minutes    BIGINT,
  total_minutes       BIGINT,
  status              VARCHAR(16)  NOT NULL,
  closed_at           DATETIME
);
CREATE INDEX complaint_register_received ON complaint_register (received_at);

-- Every notification of every process; delivery (SMS, WeCom) reads unsent rows and sets sent_at.
CREATE TABLE notification_outbox (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  message_key VARCHAR(200)  NOT NULL,
  channel     VARCHAR(16)   NOT NULL,
  recipient   VARCHAR(100)  NOT NULL,
  message     VARCHAR(1000) NOT NULL,
  created_at  DATETIME      NOT NULL,
  sent_at     DATETIME,
  CONSTRAINT notification_outbox_key UNIQUE (message_key)
);
