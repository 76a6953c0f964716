-- 保証料計算書 (PremiumStatementIssued) and 保証料返還計算書 (GuaranteeCancelled): data from the events, the PDF rendered
-- on first download and kept (these documents hold no secret)
CREATE TABLE premium_statement (
    statement_id    UUID PRIMARY KEY,
    contract_number TEXT        NOT NULL,
    application_id  UUID        NOT NULL,
    contractor_id   TEXT        NOT NULL,
    product_type    TEXT        NOT NULL,
    issued_at       TIMESTAMPTZ NOT NULL,
    lines           TEXT        NOT NULL,
    premium         BIGINT      NOT NULL,
    consumption_tax BIGINT      NOT NULL,
    total           BIGINT      NOT NULL,
    payment_method  TEXT        NOT NULL,
    pdf             BYTEA,
    rendered_at     TIMESTAMPTZ
);
CREATE INDEX premium_statement_contract ON premium_statement (contract_number);

CREATE TABLE refund_statement (
    contract_number TEXT PRIMARY KEY,
    contractor_id   TEXT,
    cancelled_at    TIMESTAMPTZ NOT NULL,
    reason          TEXT,
    lines           TEXT        NOT NULL,
    total           BIGINT      NOT NULL,
    pdf             BYTEA,
    rendered_at     TIMESTAMPTZ
);
