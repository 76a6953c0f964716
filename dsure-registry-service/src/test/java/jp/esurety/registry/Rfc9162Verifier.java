package jp.esurety.registry;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An auditor's verifier written straight from RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency), sharing
 * no code with the registry; plus a reference Merkle Tree Hash (§2.1.1) by recursion on lists.
 */
public final class Rfc9162Verifier {

    private Rfc9162Verifier() {
    }

    public static byte[] hash(byte[]... parts) {
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

    public static byte[] leafHash(byte[] data) {
        return hash(new byte[]{0}, data);
    }

    /** MTH over leaf data (§2.1.1). */
    public static byte[] mth(List<byte[]> data) {
        if (data.isEmpty()) {
            return hash();
        }
        if (data.size() == 1) {
            return leafHash(data.getFirst());
        }
        int k = 1;
        while (k * 2 < data.size()) {
            k *= 2;
        }
        return hash(new byte[]{1}, mth(data.subList(0, k)), mth(data.subList(k, data.size())));
    }

    public static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path,
                                          byte[] root) {
        if (leafIndex >= treeSize) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = hash(new byte[]{1}, p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = hash(new byte[]{1}, r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    public static boolean verifyConsistency(long first, long second, byte[] firstHash, byte[] secondHash,
                                            List<byte[]> proof) {
        if (first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstHash, secondHash);
        }
        if (first == 0) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if ((first & (first - 1)) == 0) {
            path.addFirst(firstHash);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = hash(new byte[]{1}, c, fr);
                sr = hash(new byte[]{1}, c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = hash(new byte[]{1}, sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, firstHash) && Arrays.equals(sr, secondHash) && sn == 0;
    }
}
