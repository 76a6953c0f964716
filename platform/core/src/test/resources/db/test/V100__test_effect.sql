CREATE TABLE test_effect (
    id       BIGSERIAL PRIMARY KEY,
    event_id UUID NOT NULL,
    name     TEXT NOT NULL
);
