-- drafts: a saved application may miss what only the submission requires
ALTER TABLE application ALTER COLUMN contractor_name DROP NOT NULL;
ALTER TABLE application ALTER COLUMN branch_code DROP NOT NULL;
ALTER TABLE application ALTER COLUMN work_name DROP NOT NULL;
ALTER TABLE application ALTER COLUMN orderer_id DROP NOT NULL;
ALTER TABLE application ALTER COLUMN orderer_name DROP NOT NULL;
ALTER TABLE application ALTER COLUMN work_type DROP NOT NULL;
ALTER TABLE application ALTER COLUMN contract_amount DROP NOT NULL;
ALTER TABLE application ALTER COLUMN period_from DROP NOT NULL;
ALTER TABLE application ALTER COLUMN period_to DROP NOT NULL;
ALTER TABLE application ALTER COLUMN contract_date DROP NOT NULL;

ALTER TABLE application
    ADD COLUMN orderer_free_text        BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN low_bid                  BOOLEAN,
    ADD COLUMN advance_payment_planned  BOOLEAN,
    ADD COLUMN bid_announcement_number  TEXT,
    ADD COLUMN bid_date                 DATE,
    ADD COLUMN planned_bid_amount       BIGINT,
    ADD COLUMN certificate_receipt      TEXT,
    ADD COLUMN idempotency_key          TEXT,
    ADD COLUMN updated_at               TIMESTAMPTZ,
    ADD COLUMN withdrawn_at             TIMESTAMPTZ,
    ADD COLUMN withdrawal_reason        TEXT,
    ADD COLUMN amended_contract_number  TEXT,
    ADD COLUMN change_type              TEXT,
    ADD COLUMN new_guarantee_amount     BIGINT,
    ADD COLUMN new_guarantee_end        DATE,
    ADD COLUMN new_contract_amount      BIGINT,
    ADD COLUMN new_period_to            DATE,
    ADD COLUMN change_reason            TEXT;

-- rule 8: one application per (contractor, Idempotency-Key)
CREATE UNIQUE INDEX application_idempotency ON application (contractor_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX application_branch ON application (branch_code, submitted_at DESC);

ALTER TABLE application_line ALTER COLUMN product_type DROP NOT NULL;
ALTER TABLE application_line ALTER COLUMN format DROP NOT NULL;
ALTER TABLE application_line ALTER COLUMN guarantee_amount DROP NOT NULL;

ALTER TABLE application_line
    ADD COLUMN interim_certification_number TEXT,
    ADD COLUMN interim_certification_date   DATE,
    ADD COLUMN surety_message               TEXT,
    ADD COLUMN surety_message_at            TIMESTAMPTZ,
    ADD COLUMN completion_mail_sent_at      TIMESTAMPTZ;
CREATE INDEX application_line_contract_number ON application_line (contract_number);
