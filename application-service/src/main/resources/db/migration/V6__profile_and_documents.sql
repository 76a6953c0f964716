-- お客様情報: the company facts of issuance's ContractorRegistered (read copy) ...
ALTER TABLE contractor_copy
    ADD COLUMN address        TEXT,
    ADD COLUMN representative TEXT;

CREATE TABLE contractor_joint_venture (
    contractor_id  TEXT    NOT NULL REFERENCES contractor_copy (contractor_id) ON DELETE CASCADE,
    position       INT     NOT NULL,
    name           TEXT    NOT NULL,
    representative BOOLEAN NOT NULL,
    PRIMARY KEY (contractor_id, position)
);

-- ... and the contractor's default contact, owned here (prefills new applications); no row until saved
CREATE TABLE contractor_default_contact (
    contractor_id           TEXT PRIMARY KEY,
    department              TEXT,
    title                   TEXT,
    name                    TEXT        NOT NULL,
    phone                   TEXT        NOT NULL,
    completion_mail_address TEXT,
    updated_at              TIMESTAMPTZ NOT NULL
);

-- 書類送信: documents attached to an application; the bytes in their own table so listing never reads them.
-- A deleted draft takes its documents with it.
CREATE TABLE application_document (
    id             UUID PRIMARY KEY,
    application_id UUID        NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    file_name      TEXT        NOT NULL,
    content_type   TEXT        NOT NULL,
    size           BIGINT      NOT NULL CHECK (size > 0),
    sha256         TEXT        NOT NULL,
    description    TEXT,
    uploaded_at    TIMESTAMPTZ NOT NULL,
    uploaded_by    TEXT        NOT NULL
);
CREATE INDEX application_document_application ON application_document (application_id, uploaded_at DESC);

CREATE TABLE application_document_content (
    document_id UUID PRIMARY KEY REFERENCES application_document (id) ON DELETE CASCADE,
    content     BYTEA NOT NULL
);
