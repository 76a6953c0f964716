-- orderer organisations (発注者) enrolled on D-Sure
CREATE TABLE orderer (
    orderer_id                     TEXT PRIMARY KEY,
    name                           TEXT    NOT NULL,
    accepts_electronic_surety_from DATE,
    allowed_works_rule             TEXT,
    submission_address             TEXT,
    subject_template               TEXT,
    printout_required              BOOLEAN NOT NULL DEFAULT FALSE,
    announced_at                   TIMESTAMPTZ
);

-- issuer public keys the registry trusts, by verification method id
CREATE TABLE trusted_key (
    verification_method  TEXT PRIMARY KEY,
    issuer_id            TEXT        NOT NULL,
    public_key_multibase TEXT        NOT NULL,
    added_at             TIMESTAMPTZ NOT NULL,
    revoked_at           TIMESTAMPTZ
);

-- certificate versions exactly as received (signed credentials); append-only
CREATE TABLE registered_certificate (
    contract_number TEXT        NOT NULL,
    version         INT         NOT NULL,
    obligee_id      TEXT        NOT NULL,
    issuer_id       TEXT        NOT NULL,
    credential      TEXT        NOT NULL,
    registered_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (contract_number, version)
);

-- HMAC-SHA256 (registry pepper) of the 認証キー: the key itself is never stored here
CREATE TABLE key_digest (
    contract_number TEXT PRIMARY KEY,
    digest          TEXT        NOT NULL,
    stored_at       TIMESTAMPTZ NOT NULL
);
