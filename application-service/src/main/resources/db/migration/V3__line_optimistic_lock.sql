-- issuance and registry events update a line from two consumer threads: optimistic locking turns a lost update into
-- a retry (the idempotent consumer runs the handler again in a fresh transaction)
ALTER TABLE application_line ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
