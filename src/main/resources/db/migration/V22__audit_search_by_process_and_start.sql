-- The auditors' search by process and start dates (AuditTrails.search, newest first) reads Camunda's finished
-- cases by process definition key and a start-time range. Camunda indexes each column alone, so with a year of
-- history the query reads every case in the date range of every process (HistoryBenchmark,
-- docs/performance-history.md). Camunda's schema exists by now: the engine creates it before Flyway migrates.
CREATE INDEX history_procinst_key_start ON ACT_HI_PROCINST (PROC_DEF_KEY_, START_TIME_);
