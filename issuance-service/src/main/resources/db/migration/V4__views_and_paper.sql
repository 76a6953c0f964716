-- when the orderer opened a version on the registry (CertificateViewed), shown to the contractor
ALTER TABLE certificate_version ADD COLUMN first_viewed_at TIMESTAMPTZ;
ALTER TABLE certificate_version ADD COLUMN last_viewed_at TIMESTAMPTZ;

-- paper certificates: handed over at the branch window (WINDOW) or posted (POST)
ALTER TABLE guarantee_contract ADD COLUMN paper_dispatch_method TEXT;
ALTER TABLE guarantee_contract ADD COLUMN paper_dispatched_at TIMESTAMPTZ;
