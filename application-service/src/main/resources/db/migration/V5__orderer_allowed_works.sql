-- The registry's structured rule of which works allow electronic surety (ALL_WORKS | MARKED_WORKS_ONLY).
ALTER TABLE orderer_directory ADD COLUMN allowed_works TEXT;
