-- 签单状元: the designer the design manager names top signer of a quarter (more orders within that quarter) or of
-- a year (more orders in every quarter of the following year). valid_to is the last day the designation counts.
CREATE TABLE top_signer (
  title         VARCHAR(16) NOT NULL,
  period        VARCHAR(16) NOT NULL,
  designer      VARCHAR(64) NOT NULL,
  valid_from    DATE        NOT NULL,
  valid_to      DATE        NOT NULL,
  designated_by VARCHAR(64) NOT NULL,
  designated_at DATETIME    NOT NULL,
  PRIMARY KEY (title, period)
);
