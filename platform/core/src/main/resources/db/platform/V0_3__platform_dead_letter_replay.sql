-- Dead letters replayed by ops (one row per dead-letter record): a record is replayed at most once, and the
-- listing shows who replayed it and when.
CREATE TABLE dead_letter_replay (
    dlt_topic     TEXT        NOT NULL,
    dlt_partition INTEGER     NOT NULL,
    dlt_offset    BIGINT      NOT NULL,
    target_topic  TEXT        NOT NULL,
    replayed_by   TEXT        NOT NULL,
    replayed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (dlt_topic, dlt_partition, dlt_offset)
);
