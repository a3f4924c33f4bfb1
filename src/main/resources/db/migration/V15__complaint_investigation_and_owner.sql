-- 投诉: the same-day investigation, the supervisor's decision on the routing table's proposal, the complainant's
-- own choices at intake, and who visited. received_by (V2) is the complaint's owner (首问责任人) until it closes.
ALTER TABLE complaint_register ADD COLUMN reply_declined BOOLEAN;
ALTER TABLE complaint_register ADD COLUMN return_visit_wanted BOOLEAN;
ALTER TABLE complaint_register ADD COLUMN investigated_by VARCHAR(64);
ALTER TABLE complaint_register ADD COLUMN investigated_at DATETIME;
ALTER TABLE complaint_register ADD COLUMN findings VARCHAR(2000);
ALTER TABLE complaint_register ADD COLUMN proposed_group VARCHAR(64);
ALTER TABLE complaint_register ADD COLUMN decided_by VARCHAR(64);
ALTER TABLE complaint_register ADD COLUMN decided_fix VARCHAR(2000);
ALTER TABLE complaint_register ADD COLUMN visit_by VARCHAR(64);
