-- auto-approval rules per branch and product (absent or disabled: every line goes to the underwriter queue)
CREATE TABLE auto_approval_rule (
    branch_code                    TEXT        NOT NULL,
    product_type                   TEXT        NOT NULL,
    enabled                        BOOLEAN     NOT NULL DEFAULT TRUE,
    max_guarantee_amount           BIGINT      NOT NULL,
    known_contractor_required      BOOLEAN     NOT NULL DEFAULT TRUE,
    electronic_permission_required BOOLEAN     NOT NULL DEFAULT TRUE,
    updated_at                     TIMESTAMPTZ NOT NULL,
    updated_by                     TEXT        NOT NULL,
    PRIMARY KEY (branch_code, product_type)
);

-- one underwriting case per submitted line; line_id UNIQUE makes redelivered submissions harmless
CREATE TABLE underwriting_case (
    case_id                UUID PRIMARY KEY,
    application_id         UUID        NOT NULL,
    line_id                UUID        NOT NULL UNIQUE,
    branch_code            TEXT        NOT NULL,
    contractor_id          TEXT        NOT NULL,
    contractor_name        TEXT        NOT NULL,
    product_type           TEXT        NOT NULL,
    format                 TEXT        NOT NULL,
    guarantee_amount       BIGINT      NOT NULL,
    work_name              TEXT        NOT NULL,
    obligee_name           TEXT        NOT NULL,
    premium_payment_method TEXT,
    submission             TEXT        NOT NULL,
    status                 TEXT        NOT NULL,
    reasons                TEXT,
    auto_decided           BOOLEAN     NOT NULL DEFAULT FALSE,
    decision_note          TEXT,
    decided_by             TEXT,
    decided_at             TIMESTAMPTZ,
    contract_number        TEXT,
    received_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX underwriting_case_queue ON underwriting_case (branch_code, status, received_at);

-- premium rate tables (tiers as JSON: [{amountUpTo, daysUpTo, ratePercent}]), valid for a date range
CREATE TABLE premium_rate_table (
    table_id          UUID PRIMARY KEY,
    product_type      TEXT        NOT NULL,
    valid_from        DATE        NOT NULL,
    valid_to          DATE,
    rounding_unit     INT         NOT NULL,
    rounding          TEXT        NOT NULL,
    minimum_premium   BIGINT      NOT NULL,
    tax_rate_percent  INT         NOT NULL,
    tiers             TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    created_by        TEXT        NOT NULL
);
CREATE INDEX premium_rate_table_product ON premium_rate_table (product_type, valid_from);

-- 保証料計算書 (and 保証料返還計算書): electronic statements per contract
CREATE TABLE premium_statement (
    statement_id           UUID PRIMARY KEY,
    contract_number        TEXT        NOT NULL REFERENCES guarantee_contract (contract_number),
    contractor_id          TEXT        NOT NULL,
    kind                   TEXT        NOT NULL,
    product_type           TEXT        NOT NULL,
    lines                  TEXT        NOT NULL,
    premium                BIGINT      NOT NULL,
    consumption_tax        BIGINT      NOT NULL,
    total                  BIGINT      NOT NULL,
    payment_method         TEXT,
    paper_statement_wanted BOOLEAN     NOT NULL DEFAULT FALSE,
    issued_at              TIMESTAMPTZ NOT NULL
);
CREATE INDEX premium_statement_contractor ON premium_statement (contractor_id, issued_at);

ALTER TABLE guarantee_contract ADD COLUMN premium BIGINT;
ALTER TABLE guarantee_contract ADD COLUMN premium_payment_method TEXT;
ALTER TABLE guarantee_contract ADD COLUMN premium_settled_at TIMESTAMPTZ;
ALTER TABLE guarantee_contract ADD COLUMN case_id UUID;

-- corrections (訂正) and cancelled changes (変更取消) supersede a version and hide it from the history
ALTER TABLE certificate_version ADD COLUMN superseded BOOLEAN NOT NULL DEFAULT FALSE;

-- every staff action, who did it and to what
CREATE TABLE staff_audit (
    audit_id BIGSERIAL PRIMARY KEY,
    at       TIMESTAMPTZ NOT NULL,
    actor    TEXT        NOT NULL,
    role     TEXT        NOT NULL,
    action   TEXT        NOT NULL,
    target   TEXT        NOT NULL,
    detail   TEXT
);
