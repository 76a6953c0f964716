-- Issue 6: the structured allowed-works rule (all works, or only works the orderer marks as e-surety eligible);
-- allowed_works_rule stays as the human-readable wording that OrdererEnrolled/OrdererUpdated have always carried.
ALTER TABLE orderer
    ADD COLUMN allowed_works TEXT NOT NULL DEFAULT 'MARKED_WORKS_ONLY'
        CHECK (allowed_works IN ('ALL_WORKS', 'MARKED_WORKS_ONLY'));
