-- Issue 6: the Merkle log keeps the hash of every complete perfect subtree (level >= 1; level 0 are the leaf hashes
-- in log_entry), written in the appending transaction, so tree heads and proofs never re-hash the whole log.
-- Existing logs are filled in once at start (MerkleLog), under the append lock. Append-only like log_entry.
CREATE TABLE log_node (
    level      INT    NOT NULL CHECK (level >= 1),
    node_index BIGINT NOT NULL CHECK (node_index >= 0),
    hash       BYTEA  NOT NULL,
    PRIMARY KEY (level, node_index)
);
CREATE TRIGGER log_node_append_only BEFORE UPDATE OR DELETE ON log_node
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
