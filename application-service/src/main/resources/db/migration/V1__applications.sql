CREATE TABLE application (
    id                      UUID PRIMARY KEY,
    contractor_id           TEXT        NOT NULL,
    contractor_name         TEXT        NOT NULL,
    kind                    TEXT        NOT NULL,
    branch_code             TEXT        NOT NULL,
    work_name               TEXT        NOT NULL,
    orderer_work_number     TEXT,
    orderer_id              TEXT        NOT NULL,
    orderer_name            TEXT        NOT NULL,
    work_location           TEXT,
    work_type               TEXT        NOT NULL,
    contract_amount         BIGINT      NOT NULL,
    current_year_amount     BIGINT,
    period_from             DATE        NOT NULL,
    period_to               DATE        NOT NULL,
    contract_date           DATE        NOT NULL,
    jv_name                 TEXT,
    jv_representative       BOOLEAN,
    electronic_permitted    BOOLEAN     NOT NULL,
    completion_mail_wanted  BOOLEAN     NOT NULL,
    completion_mail_address TEXT,
    contact_department      TEXT,
    contact_title           TEXT,
    contact_name            TEXT,
    contact_phone           TEXT,
    message_to_surety       TEXT,
    submitted_at            TIMESTAMPTZ,
    created_at              TIMESTAMPTZ NOT NULL,
    version                 BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX application_contractor ON application (contractor_id, created_at DESC);

CREATE TABLE application_line (
    id                     UUID PRIMARY KEY,
    application_id         UUID        NOT NULL REFERENCES application (id),
    position               INT         NOT NULL,
    product_type           TEXT        NOT NULL,
    format                 TEXT        NOT NULL,
    guarantee_amount       BIGINT      NOT NULL,
    current_year_amount    BIGINT,
    deposit_bank           TEXT,
    redeposit              BOOLEAN,
    premium_payment_method TEXT,
    premium_payer          TEXT,
    paper_statement_wanted BOOLEAN,
    status                 TEXT        NOT NULL,
    contract_number        TEXT,
    premium                BIGINT,
    approved_at            TIMESTAMPTZ,
    issued_at              TIMESTAMPTZ,
    registered_at          TIMESTAMPTZ,
    UNIQUE (application_id, position)
);

-- read copies of reference data owned by other services (fed by their events)
CREATE TABLE orderer_directory (
    orderer_id                      TEXT PRIMARY KEY,
    name                            TEXT    NOT NULL,
    accepts_electronic_surety_from  DATE,
    allowed_works_rule              TEXT,
    updated_at                      TIMESTAMPTZ NOT NULL
);

CREATE TABLE contractor_copy (
    contractor_id         TEXT PRIMARY KEY,
    name                  TEXT    NOT NULL,
    bulk_payment_eligible BOOLEAN NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL
);

CREATE TABLE surety_branch (
    branch_code  TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    company_name TEXT,
    updated_at   TIMESTAMPTZ NOT NULL
);
