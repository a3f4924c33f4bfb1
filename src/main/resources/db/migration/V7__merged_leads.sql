-- Every lead is numbered at intake; a confirmed duplicate stays on file as merged, naming the lead it joined.
ALTER TABLE lead_register ADD COLUMN merged_into VARCHAR(32);
