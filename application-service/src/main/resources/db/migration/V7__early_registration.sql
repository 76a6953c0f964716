-- CertificateRegistered comes on registry-events, the line's contract number on issuance-events (ApplicationApproved,
-- CertificateIssued): the two topics are consumed independently, so after an outage the registry's event can arrive
-- first. It is parked here until a line takes that contract number (ARCHITECTURE §2: hold the first of two events).
CREATE TABLE early_registration (
    contract_number TEXT PRIMARY KEY,
    registered_at   TIMESTAMPTZ NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL
);
