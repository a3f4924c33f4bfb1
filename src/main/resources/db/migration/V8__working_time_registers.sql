-- Service levels in working time (issue 15). Every timed step of every case, once per round, when it is done:
-- its due date (counted in working time on the calendar the rule named), when it was done, the working time it
-- took, the working time its clock stood still, how late it was in working time, and whether it was on time.
-- The four registers (complaint_register, repair_register, move_out_register, lead_register) read their cases'
-- steps here by case number (a lead's duplicate check comes before its number: it has the instance only).
CREATE TABLE case_step_time (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_no              VARCHAR(32),
  process_instance_id  VARCHAR(64)  NOT NULL,
  process_key          VARCHAR(64)  NOT NULL,
  step                 VARCHAR(64)  NOT NULL,
  task_id              VARCHAR(64)  NOT NULL,
  calendar_name        VARCHAR(64),
  started_at           DATETIME     NOT NULL,
  due_at               DATETIME,
  done_at              DATETIME     NOT NULL,
  working_minutes      BIGINT,
  paused_minutes       BIGINT       NOT NULL DEFAULT 0,
  late_working_minutes BIGINT,
  on_time              BOOLEAN,
  CONSTRAINT case_step_time_once UNIQUE (task_id)
);
CREATE INDEX case_step_time_case ON case_step_time (case_no);
CREATE INDEX case_step_time_done ON case_step_time (process_key, done_at);


-- Repairs: the calendar, due dates in working time (completion moved by the waits), the working time the job
-- waited (parts, warranty claim, owner, outside company), the last wait's reason, the outside company's contract
-- due date and whether it kept it.
ALTER TABLE repair_register ADD COLUMN calendar_name VARCHAR(64);
ALTER TABLE repair_register ADD COLUMN arrival_due DATETIME;
ALTER TABLE repair_register ADD COLUMN completion_due DATETIME;
ALTER TABLE repair_register ADD COLUMN paused_minutes BIGINT NOT NULL DEFAULT 0;
ALTER TABLE repair_register ADD COLUMN wait_reason VARCHAR(32);
ALTER TABLE repair_register ADD COLUMN vendor_due DATETIME;
ALTER TABLE repair_register ADD COLUMN vendor_on_time BOOLEAN;
