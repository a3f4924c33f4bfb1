-- 提成 per person: a signed order earns a line for each role that took part (the account manager who followed it,
-- the front desk that took it, the marketing salesperson with a signed transfer slip), each with its reason.
-- Lines recorded before were the lead owner's single commission and have no reason. (No Chinese default here: a
-- database created in latin1 gets its tables converted to utf8mb4 only after the migrations.)
ALTER TABLE lead_commission ADD COLUMN role VARCHAR(32) NOT NULL DEFAULT 'lead-owner';
ALTER TABLE lead_commission ADD COLUMN reason VARCHAR(100);
ALTER TABLE lead_commission DROP PRIMARY KEY;
ALTER TABLE lead_commission ADD PRIMARY KEY (lead_no, role);
