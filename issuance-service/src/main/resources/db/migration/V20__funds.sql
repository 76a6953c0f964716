-- advance-payment funds (前払金): 前払金請求書, 前払金使途内訳明細書 (versions), 前払金払出依頼書

-- 前払金請求書: one per advance-payment contract, with the contractor's 前払金専用口座 (the payer of every withdrawal)
CREATE TABLE advance_claim (
    claim_id               UUID PRIMARY KEY,
    contract_number        TEXT        NOT NULL UNIQUE REFERENCES guarantee_contract (contract_number),
    contractor_id          TEXT        NOT NULL,
    claim_amount           BIGINT      NOT NULL CHECK (claim_amount >= 0),
    orderer_name           TEXT        NOT NULL,
    bank_code              TEXT        NOT NULL,
    bank_name              TEXT        NOT NULL,
    bank_name_kana         TEXT,
    branch_code            TEXT        NOT NULL,
    branch_name            TEXT        NOT NULL,
    branch_name_kana       TEXT,
    account_type           TEXT        NOT NULL,
    account_number         TEXT        NOT NULL,
    holder_kana            TEXT        NOT NULL,
    requester_code         TEXT        NOT NULL,
    issued_at              TIMESTAMPTZ NOT NULL
);

-- 前払金使途内訳明細書: every version (使途変更 = a new version); lines as JSON [{category, amount, note}]
CREATE TABLE funds_plan (
    plan_id          UUID PRIMARY KEY,
    contract_number  TEXT        NOT NULL REFERENCES guarantee_contract (contract_number),
    contractor_id    TEXT        NOT NULL,
    branch_code      TEXT        NOT NULL,
    version          INT         NOT NULL,
    status           TEXT        NOT NULL,
    lines            TEXT        NOT NULL,
    total            BIGINT      NOT NULL CHECK (total >= 0),
    submitted_at     TIMESTAMPTZ NOT NULL,
    decided_at       TIMESTAMPTZ,
    decided_by       TEXT,
    message          TEXT,
    UNIQUE (contract_number, version)
);
-- at most one version waits for the surety's decision, and at most one is in force
CREATE UNIQUE INDEX funds_plan_one_submitted ON funds_plan (contract_number) WHERE status = 'SUBMITTED';
CREATE UNIQUE INDEX funds_plan_one_accepted ON funds_plan (contract_number) WHERE status = 'ACCEPTED';
CREATE INDEX funds_plan_branch ON funds_plan (branch_code, status);

-- 前払金払出依頼書; approved_on = the Asia/Tokyo day of approval (the Zengin file of that day)
CREATE TABLE funds_withdrawal (
    withdrawal_id          UUID PRIMARY KEY,
    contract_number        TEXT        NOT NULL REFERENCES guarantee_contract (contract_number),
    contractor_id          TEXT        NOT NULL,
    branch_code            TEXT        NOT NULL,
    category               TEXT        NOT NULL,
    amount                 BIGINT      NOT NULL CHECK (amount > 0),
    payee_name             TEXT        NOT NULL,
    payee_bank_code        TEXT        NOT NULL,
    payee_bank_name_kana   TEXT,
    payee_branch_code      TEXT        NOT NULL,
    payee_branch_name_kana TEXT,
    payee_account_type     TEXT        NOT NULL,
    payee_account_number   TEXT        NOT NULL,
    payee_holder_kana      TEXT        NOT NULL,
    status                 TEXT        NOT NULL,
    requested_at           TIMESTAMPTZ NOT NULL,
    decided_at             TIMESTAMPTZ,
    decided_by             TEXT,
    reason                 TEXT,
    approved_on            DATE
);
CREATE INDEX funds_withdrawal_contract ON funds_withdrawal (contract_number, status);
CREATE INDEX funds_withdrawal_branch_day ON funds_withdrawal (branch_code, approved_on) WHERE status = 'APPROVED';
