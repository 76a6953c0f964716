-- 前払金請求書 (AdvanceClaimIssued, one per contract: a newer claim replaces an older one) and 前払金払出依頼書
-- (WithdrawalApproved, one per withdrawal): what the PDFs need; both are rendered on every download, so a withdrawal
-- approved before its contract's claim arrived shows the claim's account once it is here
CREATE TABLE advance_claim (
    contract_number     TEXT PRIMARY KEY,
    claim_id            UUID        NOT NULL,
    contractor_id       TEXT        NOT NULL,
    contractor_name     TEXT        NOT NULL,
    branch_code         TEXT        NOT NULL,
    product_type        TEXT        NOT NULL,
    orderer_name        TEXT        NOT NULL,
    work_name           TEXT        NOT NULL,
    claim_amount        BIGINT      NOT NULL CHECK (claim_amount >= 0),
    bank_code           TEXT        NOT NULL,
    bank_name           TEXT        NOT NULL,
    bank_branch_code    TEXT        NOT NULL,
    bank_branch_name    TEXT        NOT NULL,
    account_type        TEXT        NOT NULL,
    account_number      TEXT        NOT NULL,
    holder_kana         TEXT        NOT NULL,
    issued_at           TIMESTAMPTZ NOT NULL
);

CREATE TABLE funds_withdrawal (
    withdrawal_id        UUID PRIMARY KEY,
    contract_number      TEXT        NOT NULL,
    contractor_id        TEXT        NOT NULL,
    branch_code          TEXT        NOT NULL,
    category             TEXT        NOT NULL,
    label                TEXT        NOT NULL,
    amount               BIGINT      NOT NULL CHECK (amount > 0),
    payee_name           TEXT        NOT NULL,
    payee_bank_code      TEXT        NOT NULL,
    payee_branch_code    TEXT        NOT NULL,
    payee_account_type   TEXT        NOT NULL,
    payee_account_number TEXT        NOT NULL,
    payee_holder_kana    TEXT        NOT NULL,
    balance              TEXT        NOT NULL,
    approved_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX funds_withdrawal_contract ON funds_withdrawal (contract_number);
