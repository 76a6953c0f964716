-- Issue 6: later opens after a lookup are audited too (certificate page, a version from the history, PDF download);
-- 'what' the entry records. Earlier rows are lookups. (ADD COLUMN with a constant default rewrites no row, so the
-- append-only trigger is not involved.)
ALTER TABLE audit_entry
    ADD COLUMN action TEXT NOT NULL DEFAULT 'LOOKUP'
        CHECK (action IN ('LOOKUP', 'PAGE', 'HISTORY', 'PDF'));
CREATE INDEX audit_entry_orderer ON audit_entry (orderer_id, at);
