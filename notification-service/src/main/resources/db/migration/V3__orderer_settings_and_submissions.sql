-- read copy of the registry's orderer settings (OrdererEnrolled / OrdererUpdated): where and how to submit
CREATE TABLE orderer_setting (
    orderer_id         TEXT PRIMARY KEY,
    name               TEXT        NOT NULL,
    submission_address TEXT,
    subject_template   TEXT,
    printout_required  BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at         TIMESTAMPTZ NOT NULL
);

-- 発注者への提出: the key notice mailed to the orderer on the contractor's request
CREATE TABLE key_notice_submission (
    id              UUID PRIMARY KEY,
    contract_number TEXT        NOT NULL,
    orderer_id      TEXT        NOT NULL,
    recipient       TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    requested_by    TEXT        NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL,
    delivery_id     UUID        NOT NULL
);
CREATE INDEX key_notice_submission_contract ON key_notice_submission (contract_number, requested_at);
