-- paper lines may name the orderer in free text only (no D-Sure directory id)
ALTER TABLE guarantee_contract ALTER COLUMN obligee_id DROP NOT NULL;

-- a RETURNED case reopened by a resubmission keeps each earlier round (as received and as decided)
CREATE TABLE underwriting_case_round (
    case_id          UUID        NOT NULL REFERENCES underwriting_case (case_id),
    round            INT         NOT NULL,
    submission       TEXT        NOT NULL,
    guarantee_amount BIGINT      NOT NULL,
    received_at      TIMESTAMPTZ NOT NULL,
    reasons          TEXT,
    status           TEXT        NOT NULL,
    decided_by       TEXT,
    decided_at       TIMESTAMPTZ,
    decision_note    TEXT,
    PRIMARY KEY (case_id, round)
);
