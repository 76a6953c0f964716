-- surety master data
CREATE TABLE surety_branch (
    branch_code  TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    company_name TEXT NOT NULL,
    address      TEXT,
    tel          TEXT,
    fax          TEXT,
    announced_at TIMESTAMPTZ
);

CREATE TABLE contractor (
    contractor_id         TEXT PRIMARY KEY,
    name                  TEXT    NOT NULL,
    address               TEXT,
    representative        TEXT,
    bulk_payment_eligible BOOLEAN NOT NULL DEFAULT FALSE,
    announced_at          TIMESTAMPTZ
);

-- one serial counter per issuing office; UPDATE ... RETURNING makes numbers gap-free per committed contract
CREATE TABLE contract_number_sequence (
    branch_code TEXT PRIMARY KEY,
    last_serial BIGINT NOT NULL
);

CREATE TABLE guarantee_contract (
    contract_number      TEXT PRIMARY KEY,
    application_id       UUID        NOT NULL,
    line_id              UUID        NOT NULL UNIQUE,
    branch_code          TEXT        NOT NULL REFERENCES surety_branch (branch_code),
    contractor_id        TEXT        NOT NULL,
    contractor_name      TEXT        NOT NULL,
    product_type         TEXT        NOT NULL,
    format               TEXT        NOT NULL,
    obligee_id           TEXT        NOT NULL,
    obligee_name         TEXT        NOT NULL,
    guarantee_amount     BIGINT      NOT NULL,
    guarantee_end        DATE        NOT NULL,
    work_name            TEXT        NOT NULL,
    contract_amount      BIGINT      NOT NULL,
    period_from          DATE        NOT NULL,
    period_to            DATE        NOT NULL,
    contract_date        DATE        NOT NULL,
    deposit_bank         TEXT,
    jv_name              TEXT,
    status               TEXT        NOT NULL,
    approved_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX guarantee_contract_contractor ON guarantee_contract (contractor_id);

-- each version of a certificate exactly as signed; registered_at comes from the registry (rule 8)
CREATE TABLE certificate_version (
    contract_number TEXT        NOT NULL REFERENCES guarantee_contract (contract_number),
    version         INT         NOT NULL,
    version_kind    TEXT        NOT NULL,
    credential      TEXT        NOT NULL,
    issued_at       TIMESTAMPTZ NOT NULL,
    registered_at   TIMESTAMPTZ,
    PRIMARY KEY (contract_number, version)
);

-- 認証キー, AES-GCM encrypted under a KEK (platform SecretBox); never stored in clear
CREATE TABLE authentication_key (
    contract_number TEXT PRIMARY KEY REFERENCES guarantee_contract (contract_number),
    boxed_key       TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
