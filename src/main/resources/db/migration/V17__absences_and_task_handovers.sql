-- 请假/出差 and the hand-over of tasks (issue 17, point 13). An absence is entered by the person or a head of their
-- department; while it lasts their personal tasks are with the deputy (or back with the group), and return after.
-- Times are the service centre's local time (Asia/Shanghai), from inclusive, to exclusive.
-- state: planned → active (tasks moved) → ended (tasks returned); cancelled before it began. The scheduled job
-- claims a row by moving its state with one UPDATE, so two nodes never start or end the same absence twice.
CREATE TABLE staff_absence (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id    VARCHAR(64)  NOT NULL,
  kind       VARCHAR(16)  NOT NULL,
  starts_at  DATETIME     NOT NULL,
  ends_at    DATETIME     NOT NULL,
  deputy     VARCHAR(64),
  note       VARCHAR(500),
  entered_by VARCHAR(64)  NOT NULL,
  entered_at DATETIME     NOT NULL,
  state      VARCHAR(16)  DEFAULT 'planned' NOT NULL,
  started_at DATETIME,
  ended_at   DATETIME,
  ended_by   VARCHAR(64)
);
CREATE INDEX staff_absence_user ON staff_absence (user_id, state);
CREATE INDEX staff_absence_due ON staff_absence (state, starts_at);

-- Every time a task changed hands for a reason other than its own steps: an absence (kind absence-start when it
-- began, absence-new for a task created or assigned during it, absence-end when it came back) or a department
-- head's reassignment (reassignment, with the reason the head wrote). The case's audit trail lists them.
CREATE TABLE task_handover (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  process_instance_id VARCHAR(64),
  task_id             VARCHAR(64)   NOT NULL,
  task_name           VARCHAR(255),
  from_user           VARCHAR(64),
  to_user             VARCHAR(64),
  to_groups           VARCHAR(500),
  moved_by            VARCHAR(64),
  reason_kind         VARCHAR(32)   NOT NULL,
  absence_id          BIGINT,
  reason              VARCHAR(1000),
  moved_at            DATETIME      NOT NULL
);
CREATE INDEX task_handover_case ON task_handover (process_instance_id, id);
CREATE INDEX task_handover_absence ON task_handover (absence_id, task_id);
