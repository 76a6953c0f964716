-- Idempotent consumers: one row per (consumer group, event id), inserted in the handler's transaction.
CREATE TABLE processed_event (
    consumer_group TEXT        NOT NULL,
    event_id       UUID        NOT NULL,
    event_type     TEXT        NOT NULL,
    processed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer_group, event_id)
);
