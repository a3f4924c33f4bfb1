-- 工作日历: the calendars time limits are counted on. Loaded from calendars/calendars.yml at start-up (only what is
-- missing), then changed by managers in the running application. version goes up with every change, so that each
-- node sees a change at its next due date (WorkingCalendars caches by version).
CREATE TABLE working_calendar (
  name           VARCHAR(40)  NOT NULL PRIMARY KEY,
  title          VARCHAR(100) NOT NULL,
  time_zone      VARCHAR(64)  NOT NULL,
  statutory_days BOOLEAN      NOT NULL,
  version        BIGINT       NOT NULL
);

-- Working periods per weekday (1 = Monday … 7 = Sunday), 'HH:mm' from starts_at to ends_at ('24:00' = midnight at
-- the end of the day). A weekday without rows has no work.
CREATE TABLE working_calendar_hours (
  calendar_name VARCHAR(40) NOT NULL,
  day_of_week   INT         NOT NULL,
  starts_at     VARCHAR(5)  NOT NULL,
  ends_at       VARCHAR(5)  NOT NULL,
  PRIMARY KEY (calendar_name, day_of_week, starts_at)
);

-- Dates that do not follow their weekday: a day off (day_off TRUE: 放假) or a make-up working day (FALSE: 调休上班).
CREATE TABLE working_calendar_day (
  calendar_name VARCHAR(40)  NOT NULL,
  calendar_date DATE         NOT NULL,
  name          VARCHAR(100) NOT NULL,
  day_off       BOOLEAN      NOT NULL,
  PRIMARY KEY (calendar_name, calendar_date)
);

-- Statutory days the start-up has added to a calendar once. They are not added again, so a manager who removed
-- or changed one keeps the change.
CREATE TABLE statutory_day_loaded (
  calendar_name VARCHAR(40) NOT NULL,
  calendar_date DATE        NOT NULL,
  PRIMARY KEY (calendar_name, calendar_date)
);

-- Every change to a calendar: who, when, what (subject: the date, weekday or calendar; the value before and after).
CREATE TABLE calendar_change (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  changed_at    DATETIME      NOT NULL,
  changed_by    VARCHAR(64)   NOT NULL,
  calendar_name VARCHAR(40)   NOT NULL,
  change_type   VARCHAR(32)   NOT NULL,
  subject       VARCHAR(100)  NOT NULL,
  old_value     VARCHAR(2000),
  new_value     VARCHAR(2000)
);
CREATE INDEX calendar_change_calendar ON calendar_change (calendar_name, changed_at);
