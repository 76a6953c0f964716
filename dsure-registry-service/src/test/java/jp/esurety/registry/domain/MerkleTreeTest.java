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
}
