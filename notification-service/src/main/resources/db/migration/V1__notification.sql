-- what notification needs of an application: who to tell, and the work's names for the documents
CREATE TABLE application_contact (
    application_id      UUID PRIMARY KEY,
    contractor_id       TEXT        NOT NULL,
    contractor_name     TEXT        NOT NULL,
    jv_name             TEXT,
    work_name           TEXT        NOT NULL,
    orderer_work_number TEXT,
    obligee_name        TEXT        NOT NULL,
    mail_wanted         BOOLEAN     NOT NULL,
    mail_address        TEXT,
    received_at         TIMESTAMPTZ NOT NULL
);

-- one 「認証キー」のお知らせ per electronic contract; the key stays sealed to this service's X25519 key
CREATE TABLE key_notice (
    contract_number TEXT PRIMARY KEY,
    application_id  UUID,
    line_id         UUID,
    contractor_id   TEXT,
    product_type    TEXT,
    version         INT,
    issuer_name     TEXT,
    branch_name     TEXT,
    sealed_key      TEXT,
    issued_at       TIMESTAMPTZ,
    registered_at   TIMESTAMPTZ,
    completed_at    TIMESTAMPTZ
);
CREATE INDEX key_notice_application ON key_notice (application_id);

-- every mail we owe someone; sent after commit, retried until sent
CREATE TABLE mail_delivery (
    id              UUID PRIMARY KEY,
    message_type    TEXT        NOT NULL,
    contract_number TEXT,
    application_id  UUID,
    line_id         UUID,
    recipient       TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    last_error      TEXT,
    message_id      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ
);
CREATE INDEX mail_delivery_pending ON mail_delivery (created_at) WHERE status = 'PENDING';
