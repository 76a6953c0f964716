-- Issue 6: append-only versions, lookup lockout and rate limits, audit log, issuers, Merkle log, orderer settings.

-- what the version is (新規 / 変更 / 訂正) and where it came from
ALTER TABLE registered_certificate
    ADD COLUMN version_kind       TEXT NOT NULL DEFAULT 'NEW',
    ADD COLUMN sequence           INT,
    ADD COLUMN supersedes_version INT,
    ADD COLUMN application_id     UUID,
    ADD COLUMN line_id            UUID,
    ADD COLUMN product_type       TEXT;

-- later facts about a certificate (取消された変更, 解約, 保証期限経過, 認証キー再発行); append-only
CREATE TABLE certificate_fact (
    id              BIGSERIAL PRIMARY KEY,
    contract_number TEXT        NOT NULL,
    kind            TEXT        NOT NULL,
    version         INT,
    reason          TEXT,
    occurred_at     TIMESTAMPTZ NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX certificate_fact_contract ON certificate_fact (contract_number);

-- append-only is enforced by the database, not only by the code
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER registered_certificate_append_only BEFORE UPDATE OR DELETE ON registered_certificate
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER certificate_fact_append_only BEFORE UPDATE OR DELETE ON certificate_fact
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- failed lookups of one user on one contract: 5 in a row lock the user out of that contract for 30 minutes
CREATE TABLE lookup_lock (
    username        TEXT        NOT NULL,
    contract_number TEXT        NOT NULL,
    failures        INT         NOT NULL,
    locked_until    TIMESTAMPTZ,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (username, contract_number)
);

-- fixed-window counters of lookups per user and per IP address (shared by every replica)
CREATE TABLE rate_window (
    bucket       TEXT        NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    hits         INT         NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

-- every view and every failure (searchable by registry staff); append-only
CREATE TABLE audit_entry (
    id              BIGSERIAL PRIMARY KEY,
    at              TIMESTAMPTZ NOT NULL,
    username        TEXT        NOT NULL,
    orderer_id      TEXT,
    client_ip       TEXT,
    channel         TEXT        NOT NULL,
    outcome         TEXT        NOT NULL,
    contract_number TEXT,
    version         INT
);
CREATE INDEX audit_entry_contract ON audit_entry (contract_number, at);
CREATE INDEX audit_entry_user ON audit_entry (username, at);
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- which orderer user viewed which certificate (for new-version notices)
CREATE TABLE certificate_viewer (
    contract_number TEXT        NOT NULL,
    username        TEXT        NOT NULL,
    orderer_id      TEXT        NOT NULL,
    email           TEXT,
    last_viewed_version INT     NOT NULL,
    last_viewed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (contract_number, username)
);

-- portal inbox: 新しい版のお知らせ
CREATE TABLE orderer_notice (
    id              BIGSERIAL PRIMARY KEY,
    username        TEXT        NOT NULL,
    orderer_id      TEXT        NOT NULL,
    contract_number TEXT        NOT NULL,
    version         INT         NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    mailed_at       TIMESTAMPTZ,
    read_at         TIMESTAMPTZ
);
CREATE INDEX orderer_notice_user ON orderer_notice (username, created_at);

-- surety companies whose certificates D-Sure accepts (trust anchors are their keys in trusted_key)
CREATE TABLE issuer (
    issuer_id TEXT PRIMARY KEY,
    name      TEXT        NOT NULL,
    added_at  TIMESTAMPTZ NOT NULL
);

-- RFC 9162-style Merkle log of every registered version; append-only
CREATE TABLE log_entry (
    leaf_index      BIGINT PRIMARY KEY,
    contract_number TEXT        NOT NULL,
    version         INT         NOT NULL,
    leaf_data       TEXT        NOT NULL,
    leaf_hash       BYTEA       NOT NULL,
    logged_at       TIMESTAMPTZ NOT NULL,
    UNIQUE (contract_number, version)
);
CREATE TRIGGER log_entry_append_only BEFORE UPDATE OR DELETE ON log_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
