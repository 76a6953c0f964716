package jp.esurety.registry.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Merkle Tree Hash, inclusion and consistency proofs exactly as RFC 9162 §2.1 defines them (SHA-256):
 * leaf hash = SHA-256(0x00 ‖ leaf data), node hash = SHA-256(0x01 ‖ left ‖ right), the empty tree's hash is
 * SHA-256 of nothing, and a tree of n leaves splits at k, the largest power of two smaller than n.
 * <p>
 * Incremental: the log keeps the hash of every <em>perfect</em> subtree once it is complete ({@link Nodes}: level
 * {@code l}, index {@code i} covers leaves {@code [i·2^l, (i+1)·2^l)}; level 0 is the leaf hash), written when the
 * leaf that completes it is appended ({@link #completedBy}). Every range the RFC's recursion visits either is such an
 * aligned perfect subtree or splits into one and a smaller range, so a tree head, an inclusion proof or a
 * consistency proof reads O(log² n) stored hashes and computes O(log n) new ones, never re-hashing the log.
 */
public final class MerkleTree {

    /** Stored hashes of complete perfect subtrees. */
    @FunctionalInterface
    public interface Nodes {
        /** The hash of the perfect subtree at {@code level} (0 = leaf) and {@code index}; it must be complete. */
        byte[] node(int level, long index);
    }

    /** A perfect subtree hash to store. */
    public record Node(int level, long index, byte[] hash) {
    }

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] leafData) {
        return sha256(new byte[]{0x00}, leafData);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return sha256(new byte[]{0x01}, left, right);
    }

    /**
     * The perfect subtrees (levels ≥ 1) that appending leaf {@code index} with {@code leafHash} completes, bottom up;
     * reads only the left siblings it needs (at most log₂ n).
     */
    public static List<Node> completedBy(long index, byte[] leafHash, Nodes stored) {
        List<Node> out = new ArrayList<>();
        byte[] hash = leafHash;
        long i = index;
        int level = 0;
        while ((i & 1) == 1) {
            hash = nodeHash(stored.node(level, i - 1), hash);
            i >>>= 1;
            level++;
            out.add(new Node(level, i, hash));
        }
        return out;
    }

    /** MTH(D[n]) from stored subtree hashes. */
    public static byte[] root(long n, Nodes nodes) {
        return mth(nodes, 0, n);
    }

    /** PATH(m, D[n]): the audit path of leaf {@code m} in the tree of the first {@code n} leaves. */
    public static List<byte[]> inclusionProof(long m, long n, Nodes nodes) {
        if (m < 0 || m >= n) {
            throw new IllegalArgumentException("leaf " + m + " is not in a tree of " + n);
        }
        List<byte[]> path = new ArrayList<>();
        path(nodes, m, 0, n, path);
        return path;
    }

    /** PROOF(m, D[n]): proves the tree of the first {@code m} leaves is a prefix of the tree of the first n. */
    public static List<byte[]> consistencyProof(long m, long n, Nodes nodes) {
        if (m < 1 || m > n) {
            throw new IllegalArgumentException("no consistency proof from " + m + " to " + n);
        }
        List<byte[]> proof = new ArrayList<>();
        if (m < n) {
            subproof(nodes, m, 0, n, true, proof);
        }
        return proof;
    }

    // --- the same over a list of all leaf hashes (computes every subtree: for tests and small trees) ---

    /** MTH(D[n]) over leaf hashes. */
    public static byte[] root(List<byte[]> leafHashes) {
        return root(leafHashes.size(), of(leafHashes));
    }

    public static List<byte[]> inclusionProof(int m, List<byte[]> leafHashes) {
        return inclusionProof(m, leafHashes.size(), of(leafHashes));
    }

    public static List<byte[]> consistencyProof(int m, List<byte[]> leafHashes) {
        return consistencyProof(m, leafHashes.size(), of(leafHashes));
    }

    /** Subtree hashes computed from the leaf hashes on every call (no storage). */
    public static Nodes of(List<byte[]> leafHashes) {
        return new Nodes() {
            @Override
            public byte[] node(int level, long index) {
                return level == 0 ? leafHashes.get((int) index)
                        : nodeHash(node(level - 1, 2 * index), node(level - 1, 2 * index + 1));
            }
        };
    }

    private static byte[] mth(Nodes nodes, long from, long to) {
        long n = to - from;
        if (n == 0) {
            return sha256();
        }
        if (Long.bitCount(n) == 1 && from % n == 0) {
            return nodes.node(Long.numberOfTrailingZeros(n), from / n);
        }
        long k = split(n);
        return nodeHash(mth(nodes, from, from + k), mth(nodes, from + k, to));
    }

    private static void path(Nodes nodes, long m, long from, long to, List<byte[]> out) {
        long n = to - from;
        if (n <= 1) {
            return;
        }
        long k = split(n);
        if (m < k) {
            path(nodes, m, from, from + k, out);
            out.add(mth(nodes, from + k, to));
        } else {
            path(nodes, m - k, from + k, to, out);
            out.add(mth(nodes, from, from + k));
        }
    }

    private static void subproof(Nodes nodes, long m, long from, long to, boolean b, List<byte[]> out) {
        long n = to - from;
        if (m == n) {
            if (!b) {
                out.add(mth(nodes, from, to));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(nodes, m, from, from + k, b, out);
            out.add(mth(nodes, from + k, to));
        } else {
            subproof(nodes, m - k, from + k, to, false, out);
            out.add(mth(nodes, from, from + k));
        }
    }

    /** The largest power of two smaller than n (n ≥ 2). */
    static long split(long n) {
        long k = Long.highestOneBit(n);
        return k == n ? k >>> 1 : k;
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(p);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
