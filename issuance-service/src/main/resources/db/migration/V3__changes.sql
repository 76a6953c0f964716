-- amendments are underwritten like new lines: kind NEW | AMENDMENT (line_id holds the amendment's application id)
ALTER TABLE underwriting_case ADD COLUMN kind TEXT NOT NULL DEFAULT 'NEW';

-- 変更 sequence shown under the title (a correction keeps the sequence of the version it supersedes)
ALTER TABLE certificate_version ADD COLUMN sequence INT;
ALTER TABLE certificate_version ADD COLUMN amendment_application_id UUID;

ALTER TABLE guarantee_contract ADD COLUMN cancelled_at TIMESTAMPTZ;
ALTER TABLE guarantee_contract ADD COLUMN expired_at TIMESTAMPTZ;
CREATE INDEX guarantee_contract_expiry ON guarantee_contract (status, guarantee_end);
