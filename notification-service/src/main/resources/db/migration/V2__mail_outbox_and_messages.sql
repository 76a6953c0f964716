-- the mail outbox: HTML part, sender, back-off schedule, a dead state ops can see, an optional rendered attachment
ALTER TABLE mail_delivery
    ADD COLUMN html_body       TEXT,
    ADD COLUMN reply_to        TEXT,
    ADD COLUMN next_attempt_at TIMESTAMPTZ,
    ADD COLUMN failed_at       TIMESTAMPTZ,
    ADD COLUMN attachment_kind TEXT,
    ADD COLUMN attachment_ref  TEXT;
UPDATE mail_delivery SET next_attempt_at = created_at WHERE next_attempt_at IS NULL;
UPDATE mail_delivery SET status = 'DEAD' WHERE status = 'FAILED';
ALTER TABLE mail_delivery ALTER COLUMN next_attempt_at SET NOT NULL;
DROP INDEX mail_delivery_pending;
CREATE INDEX mail_delivery_due ON mail_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX mail_delivery_dead ON mail_delivery (failed_at) WHERE status = 'DEAD';

ALTER TABLE application_contact
    ADD COLUMN branch_code TEXT,
    ADD COLUMN orderer_id  TEXT,
    ADD COLUMN line_products TEXT;

-- a mail decided before its application's contact (ApplicationSubmitted) arrived: released when it does
CREATE TABLE held_mail (
    delivery_id     UUID PRIMARY KEY,
    application_id  UUID        NOT NULL,
    message_type    TEXT        NOT NULL,
    contract_number TEXT,
    line_id         UUID,
    data            TEXT        NOT NULL,
    held_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX held_mail_application ON held_mail (application_id);

-- an amended certificate version (v >= 2) while CertificateAmended and its CertificateRegistered arrive in any order
CREATE TABLE certificate_amendment (
    contract_number TEXT NOT NULL,
    version         INT  NOT NULL,
    sequence        INT,
    sealed_key      TEXT,
    issued_at       TIMESTAMPTZ,
    registered_at   TIMESTAMPTZ,
    completed_at    TIMESTAMPTZ,
    PRIMARY KEY (contract_number, version)
);
