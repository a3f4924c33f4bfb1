-- Indexes for Tasklist's lists at 100,000 open tasks (issue 20), read off the plans on H2 and MariaDB.

-- A list sorted by due date (and the 即将超时 / 已超时 filters) reads tasks in due-date order and stops after a page.
CREATE INDEX SC_IDX_TASK_DUE ON ACT_RU_TASK (DUE_DATE_);

-- One candidate link per group and task. The task list leaves out DISTINCT (which makes the database read and sort
-- every matching task before the first page) when one group is asked for: that relies on this. Links made twice
-- before are removed first; they added nothing. The same index serves "the tasks of this group".
DELETE FROM ACT_RU_IDENTITYLINK WHERE ID_ IN (
  SELECT ID_ FROM (
    SELECT DISTINCT LATER.ID_ FROM ACT_RU_IDENTITYLINK LATER
    INNER JOIN ACT_RU_IDENTITYLINK EARLIER ON EARLIER.TASK_ID_ = LATER.TASK_ID_ AND EARLIER.TYPE_ = LATER.TYPE_
      AND EARLIER.GROUP_ID_ = LATER.GROUP_ID_ AND EARLIER.ID_ < LATER.ID_
  ) DUPLICATE -- DISTINCT: MySQL must not merge this into the DELETE (its error 1093)
);
CREATE UNIQUE INDEX SC_UNIQ_IDENT_LNK_GROUP_TASK ON ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_);
