-- One counter per case-number prefix (TS, BX, TF, XD), so the first repair is BX000001. The counter moves in the
-- transaction that starts the case: a refused start gives its number back. Existing databases continue after the
-- highest number each prefix has issued.
CREATE TABLE case_counter (
  prefix      VARCHAR(8) NOT NULL PRIMARY KEY,
  last_number BIGINT     NOT NULL
);
INSERT INTO case_counter (prefix, last_number) SELECT prefix, MAX(id) FROM case_number GROUP BY prefix;
