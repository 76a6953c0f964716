-- Issue 6: each orderer organisation's users as D-Sure admits them. Keycloak (realm dsure) authenticates; this roster
-- decides: a user (token username) is admitted only while its row is enabled and names the organisation its token's
-- orderer_id claim names. orderer_admin creates (pre-registers) and disables its own organisation's users; a user
-- first seen with a valid token is added (source TOKEN) so that its admin sees and can disable it.
CREATE TABLE orderer_user (
    username     TEXT PRIMARY KEY,
    orderer_id   TEXT        NOT NULL,
    display_name TEXT,
    email        TEXT,
    enabled      BOOLEAN     NOT NULL DEFAULT TRUE,
    source       TEXT        NOT NULL CHECK (source IN ('ADMIN', 'TOKEN')),
    created_at   TIMESTAMPTZ NOT NULL,
    created_by   TEXT,
    changed_at   TIMESTAMPTZ,
    changed_by   TEXT
);
CREATE INDEX orderer_user_orderer ON orderer_user (orderer_id, username);
