package jp.esurety.registry.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Merkle Tree Hash, inclusion and consistency proofs exactly as RFC 9162 §2.1 defines them (SHA-256):
 * leaf hash = SHA-256(0x00 ‖ leaf data), node hash = SHA-256(0x01 ‖ left ‖ right), the empty tree's hash is
 * SHA-256 of nothing, and a tree of n leaves splits at k, the largest power of two smaller than n.
 * Works on the leaf hashes (the log stores them), so proofs never need the leaf data.
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] leafData) {
        return sha256(new byte[]{0x00}, leafData);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return sha256(new byte[]{0x01}, left, right);
    }

    /** MTH(D[n]) over leaf hashes. */
    public static byte[] root(List<byte[]> leafHashes) {
        return mth(leafHashes, 0, leafHashes.size());
    }

    /** PATH(m, D[n]): the audit path of leaf {@code m} in the tree of all given leaves. */
    public static List<byte[]> inclusionProof(int m, List<byte[]> leafHashes) {
        if (m < 0 || m >= leafHashes.size()) {
            throw new IllegalArgumentException("leaf " + m + " is not in a tree of " + leafHashes.size());
        }
        List<byte[]> path = new ArrayList<>();
        path(m, leafHashes, 0, leafHashes.size(), path);
        return path;
    }

    /** PROOF(m, D[n]): proves the tree of the first {@code m} leaves is a prefix of the tree of all given leaves. */
    public static List<byte[]> consistencyProof(int m, List<byte[]> leafHashes) {
        int n = leafHashes.size();
        if (m < 1 || m > n) {
            throw new IllegalArgumentException("no consistency proof from " + m + " to " + n);
        }
        List<byte[]> proof = new ArrayList<>();
        if (m < n) {
            subproof(m, leafHashes, 0, n, true, proof);
        }
        return proof;
    }

    private static byte[] mth(List<byte[]> d, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return d.get(from);
        }
        int k = split(n);
        return nodeHash(mth(d, from, from + k), mth(d, from + k, to));
    }

    private static void path(int m, List<byte[]> d, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n <= 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            path(m, d, from, from + k, out);
            out.add(mth(d, from + k, to));
        } else {
            path(m - k, d, from + k, to, out);
            out.add(mth(d, from, from + k));
        }
    }

    private static void subproof(int m, List<byte[]> d, int from, int to, boolean b, List<byte[]> out) {
        int n = to - from;
        if (m == n) {
            if (!b) {
                out.add(mth(d, from, to));
            }
            return;
        }
        int k = split(n);
        if (m <= k) {
            subproof(m, d, from, from + k, b, out);
            out.add(mth(d, from + k, to));
        } else {
            subproof(m - k, d, from + k, to, false, out);
            out.add(mth(d, from, from + k));
        }
    }

    /** The largest power of two smaller than n (n ≥ 2). */
    static int split(int n) {
        int k = Integer.highestOneBit(n);
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
