package jp.esurety.registry.domain;

import jp.esurety.registry.Rfc9162Verifier;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The log's tree against an independent RFC 9162 verifier, for every tree size up to 40 and every leaf. */
class MerkleTreeTest {

    static List<byte[]> data(int n) {
        List<byte[]> d = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            d.add(("leaf-" + i).getBytes(StandardCharsets.UTF_8));
        }
        return d;
    }

    static List<byte[]> hashes(List<byte[]> data) {
        return data.stream().map(MerkleTree::leafHash).toList();
    }

    @Test
    void leafAndNodeHashesUseTheDomainSeparationPrefixes() {
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        assertThat(MerkleTree.leafHash(a)).isEqualTo(Rfc9162Verifier.hash(new byte[]{0}, a));
        assertThat(MerkleTree.nodeHash(a, a)).isEqualTo(Rfc9162Verifier.hash(new byte[]{1}, a, a));
        assertThat(MerkleTree.root(List.of())).isEqualTo(Rfc9162Verifier.hash());
    }

    @Test
    void rootMatchesTheReferenceTreeHash() {
        for (int n = 0; n <= 40; n++) {
            assertThat(MerkleTree.root(hashes(data(n)))).as("n=%d", n).isEqualTo(Rfc9162Verifier.mth(data(n)));
        }
    }

    @Test
    void everyInclusionProofVerifiesIndependently() {
        for (int n = 1; n <= 40; n++) {
            List<byte[]> d = data(n);
            byte[] root = Rfc9162Verifier.mth(d);
            for (int m = 0; m < n; m++) {
                List<byte[]> path = MerkleTree.inclusionProof(m, hashes(d));
                assertThat(Rfc9162Verifier.verifyInclusion(m, n, Rfc9162Verifier.leafHash(d.get(m)), path, root))
                        .as("leaf %d of %d", m, n).isTrue();
            }
        }
    }

    @Test
    void aTamperedLeafFailsItsInclusionProof() {
        List<byte[]> d = data(7);
        List<byte[]> path = MerkleTree.inclusionProof(3, hashes(d));
        byte[] tampered = Rfc9162Verifier.leafHash("leaf-3 changed".getBytes(StandardCharsets.UTF_8));
        assertThat(Rfc9162Verifier.verifyInclusion(3, 7, tampered, path, Rfc9162Verifier.mth(d))).isFalse();
    }

    @Test
    void everyConsistencyProofVerifiesIndependently() {
        for (int n = 1; n <= 40; n++) {
            List<byte[]> d = data(n);
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = MerkleTree.consistencyProof(m, hashes(d));
                assertThat(Rfc9162Verifier.verifyConsistency(m, n, Rfc9162Verifier.mth(d.subList(0, m)),
                        Rfc9162Verifier.mth(d), proof)).as("%d → %d", m, n).isTrue();
            }
        }
    }

    @Test
    void aRewrittenHistoryIsNotConsistent() {
        List<byte[]> d = data(9);
        List<byte[]> rewritten = new ArrayList<>(d);
        rewritten.set(2, "forged".getBytes(StandardCharsets.UTF_8));
        List<byte[]> proof = MerkleTree.consistencyProof(5, hashes(rewritten));
        assertThat(Rfc9162Verifier.verifyConsistency(5, 9, Rfc9162Verifier.mth(d.subList(0, 5)),
                Rfc9162Verifier.mth(rewritten), proof)).isFalse();
    }

    /** An in-memory stand-in for the log's node table that counts the stored hashes a computation reads. */
    static final class CountingStore implements MerkleTree.Nodes {
        final java.util.Map<String, byte[]> stored = new java.util.HashMap<>();
        int reads;

        void append(long index, byte[] leafHash) {
            stored.put("0/" + index, leafHash);
            for (MerkleTree.Node node : MerkleTree.completedBy(index, leafHash, this)) {
                stored.put(node.level() + "/" + node.index(), node.hash());
            }
        }

        @Override
        public byte[] node(int level, long index) {
            reads++;
            byte[] h = stored.get(level + "/" + index);
            assertThat(h).as("subtree %d/%d is stored", level, index).isNotNull();
            return h;
        }
    }

    @Test
    void incrementalTreeOf1500LeavesMatchesTheReferenceAndReadsOnlyLogarithmicallyManyStoredHashes() {
        int n = 1500;
        List<byte[]> d = data(n);
        CountingStore store = new CountingStore();
        for (int i = 0; i < n; i++) {
            store.append(i, MerkleTree.leafHash(d.get(i)));
        }
        // every perfect subtree is stored once: n leaves + (n - popcount(n)) inner nodes
        assertThat(store.stored).hasSize(n + n - Integer.bitCount(n));
        byte[] root = Rfc9162Verifier.mth(d);

        store.reads = 0;
        assertThat(MerkleTree.root(n, store)).isEqualTo(root);
        assertThat(store.reads).as("tree head reads").isLessThanOrEqualTo(Long.SIZE - Long.numberOfLeadingZeros(n));

        for (int m : new int[]{0, 1, 511, 512, 1023, 1024, 1337, 1499}) {
            store.reads = 0;
            List<byte[]> path = MerkleTree.inclusionProof(m, n, store);
            assertThat(Rfc9162Verifier.verifyInclusion(m, n, Rfc9162Verifier.leafHash(d.get(m)), path, root))
                    .as("leaf %d of %d", m, n).isTrue();
            assertThat(store.reads).as("inclusion reads for %d", m).isLessThanOrEqualTo(11 * 11);
        }
        for (int m : new int[]{1, 7, 512, 1000, 1024, 1499, 1500}) {
            store.reads = 0;
            List<byte[]> proof = MerkleTree.consistencyProof(m, n, store);
            assertThat(Rfc9162Verifier.verifyConsistency(m, n, Rfc9162Verifier.mth(d.subList(0, m)), root, proof))
                    .as("%d → %d", m, n).isTrue();
            assertThat(store.reads).as("consistency reads for %d", m).isLessThanOrEqualTo(11 * 11);
        }
        // and an older head of the same store, as the log answers it after more appends
        assertThat(MerkleTree.root(1000, store)).isEqualTo(Rfc9162Verifier.mth(d.subList(0, 1000)));
    }
}
