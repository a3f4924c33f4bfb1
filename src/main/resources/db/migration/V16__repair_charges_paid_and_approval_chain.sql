-- A charge in the fee ledger that the owner has paid (a repair fee paid at the finance desk): marked, not deleted,
-- with when and by whom (the login that marked it). A paid charge no longer counts in the unit's balance.
ALTER TABLE fee_ledger ADD COLUMN paid BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE fee_ledger ADD COLUMN paid_at DATETIME;
ALTER TABLE fee_ledger ADD COLUMN paid_by VARCHAR(64);
ALTER TABLE fee_ledger ADD COLUMN payment_reference VARCHAR(100);

-- The move-out register's approval chain holds each level's decision (group, login, time, decision); the column
-- was never written before, so it is recreated wide enough for three levels and a resubmission or two.
ALTER TABLE move_out_register DROP COLUMN approval_chain;
ALTER TABLE move_out_register ADD COLUMN approval_chain VARCHAR(2000);

-- The deputy manager (管理处副主任) signs every repair's return-visit record: who and when.
ALTER TABLE repair_register ADD COLUMN visit_signed_off_by VARCHAR(64);
ALTER TABLE repair_register ADD COLUMN visit_signed_off_at DATETIME;
