package jp.esurety.registry.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jp.esurety.platform.crypto.KeyIds;
import jp.esurety.platform.crypto.Pem;
import jp.esurety.platform.problem.ProblemException;
import jp.esurety.registry.config.RegistryKeys;
import jp.esurety.registry.domain.MerkleTree;
import jp.esurety.registry.persistence.LogEntryEntity;
import jp.esurety.registry.persistence.RegisteredCertificateEntity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

/**
 * The registry's append-only Merkle log of every registered certificate version (RFC 9162 style; see the README for
 * the exact formats). Leaves are appended in the registering transaction, numbered under a transaction-scoped
 * advisory lock so that replicas never race; the hash of each perfect subtree is stored when its last leaf arrives
 * ({@code log_node}), so tree heads and proofs read O(log² n) stored hashes instead of re-hashing the log; tree heads
 * are signed on request with the log's Ed25519 key.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MerkleLog {

    /** Advisory lock id that serialises appends. */
    private static final long APPEND_LOCK = 0x4453555245L; // "DSURE"

    public record SignedTreeHead(long treeSize, long timestamp, String rootHash, String signature, String logId,
                                 String algorithm) {
    }

    public record InclusionProof(long leafIndex, long treeSize, String leafData, String leafHash,
                                 List<String> auditPath, SignedTreeHead treeHead) {
    }

    public record ConsistencyProof(long first, long second, List<String> proof) {
    }

    public record Entry(long leafIndex, String leafData, String leafHash) {
    }

    private final EntityManager em;
    private final RegistryKeys keys;
    private final Clock clock;

    public MerkleLog(EntityManager em, RegistryKeys keys, Clock clock) {
        this.em = em;
        this.keys = keys;
        this.clock = clock;
    }

    /** Leaf data of a version: JSON with these fields in this order, no spaces (documented in the README). */
    public static String leafData(String contractNumber, int version, Instant registeredAt, String issuerId,
                                  String credential) {
        return "{\"contractNumber\":\"" + contractNumber + "\",\"version\":" + version
                + ",\"registeredAt\":\"" + DateTimeFormatter.ISO_INSTANT.format(registeredAt)
                + "\",\"issuerId\":\"" + issuerId.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",\"credentialSha256\":\"" + b64(sha256(credential.getBytes(StandardCharsets.UTF_8))) + "\"}";
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long append(RegisteredCertificateEntity c) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, APPEND_LOCK).getSingleResult();
        Number next = (Number) em.createNativeQuery("SELECT COALESCE(MAX(leaf_index) + 1, 0) FROM log_entry")
                .getSingleResult();
        LogEntryEntity e = new LogEntryEntity();
        e.leafIndex = next.longValue();
        e.contractNumber = c.contractNumber;
        e.version = c.version;
        e.leafData = leafData(c.contractNumber, c.version, c.registeredAt, c.issuerId, c.credential);
        e.leafHash = MerkleTree.leafHash(e.leafData.getBytes(StandardCharsets.UTF_8));
        e.loggedAt = clock.instant();
        e.persist();
        em.flush();
        for (MerkleTree.Node node : MerkleTree.completedBy(e.leafIndex, e.leafHash, new StoredNodes())) {
            insertNode(node);
        }
        return e.leafIndex;
    }

    /**
     * Fills in the subtree hashes of a log written before they were kept (or any gap): once, at start, under the
     * append lock, so replicas starting together do it once.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    void fillInNodes(@Observes StartupEvent event) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, APPEND_LOCK).getSingleResult();
        long size = size();
        long expected = size - Long.bitCount(size); // Σ floor(n / 2^l) for l ≥ 1
        long stored = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM log_node").getSingleResult()).longValue();
        if (stored == expected) {
            return;
        }
        java.util.Map<String, byte[]> written = new java.util.HashMap<>();
        MerkleTree.Nodes nodes = (level, index) -> level == 0 ? leafHash(index)
                : written.computeIfAbsent(level + "/" + index, k -> storedNode(level, index));
        for (long i = 0; i < size; i++) {
            for (MerkleTree.Node node : MerkleTree.completedBy(i, leafHash(i), nodes)) {
                written.put(node.level() + "/" + node.index(), node.hash());
                insertNode(node);
            }
        }
    }

    private void insertNode(MerkleTree.Node node) {
        em.createNativeQuery("INSERT INTO log_node (level, node_index, hash) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (level, node_index) DO NOTHING")
                .setParameter(1, node.level()).setParameter(2, node.index()).setParameter(3, node.hash())
                .executeUpdate();
    }

    private byte[] leafHash(long index) {
        return (byte[]) em.createNativeQuery("SELECT leaf_hash FROM log_entry WHERE leaf_index = ?1")
                .setParameter(1, index).getSingleResult();
    }

    private byte[] storedNode(int level, long index) {
        return (byte[]) em.createNativeQuery("SELECT hash FROM log_node WHERE level = ?1 AND node_index = ?2")
                .setParameter(1, level).setParameter(2, index).getSingleResult();
    }

    /** The stored subtree hashes (level 0 from log_entry), cached for one computation. */
    private final class StoredNodes implements MerkleTree.Nodes {
        private final java.util.Map<String, byte[]> cache = new java.util.HashMap<>();

        @Override
        public byte[] node(int level, long index) {
            return cache.computeIfAbsent(level + "/" + index,
                    k -> level == 0 ? leafHash(index) : storedNode(level, index));
        }
    }

    public long size() {
        return LogEntryEntity.count();
    }

    public SignedTreeHead treeHead() {
        long size = size();
        return treeHead(size, new StoredNodes());
    }

    public InclusionProof inclusion(String contractNumber, int version, Long treeSize) {
        LogEntryEntity e = LogEntryEntity.of(contractNumber, version)
                .orElseThrow(() -> ProblemException.notFound("この版はログにありません。"));
        long size = treeSize == null ? size() : treeSize;
        if (e.leafIndex >= size || size > size()) {
            throw ProblemException.notFound("指定の木の大きさではこの版を証明できません。");
        }
        MerkleTree.Nodes nodes = new StoredNodes();
        // the leaf as the registry would compute it now from its stored row: a changed row no longer proves
        String current = RegisteredCertificateEntity.version(contractNumber, version)
                .map(c -> leafData(c.contractNumber, c.version, c.registeredAt, c.issuerId, c.credential))
                .orElse(e.leafData);
        return new InclusionProof(e.leafIndex, size, current,
                b64(MerkleTree.leafHash(current.getBytes(StandardCharsets.UTF_8))),
                MerkleTree.inclusionProof(e.leafIndex, size, nodes).stream().map(MerkleLog::b64).toList(),
                treeHead(size, nodes));
    }

    public ConsistencyProof consistency(long first, long second) {
        if (first < 1 || first > second || second > size()) {
            throw ProblemException.ruleViolated("log-consistency-range", "first",
                    "1 ≤ first ≤ second ≤ 現在の木の大きさ で指定してください。");
        }
        return new ConsistencyProof(first, second, MerkleTree.consistencyProof(first, second, new StoredNodes())
                .stream().map(MerkleLog::b64).toList());
    }

    public List<Entry> entries(long start, long end) {
        return LogEntryEntity.<LogEntryEntity>find("leafIndex >= ?1 and leafIndex < ?2 order by leafIndex",
                        start, Math.min(end, start + 1000)).list().stream()
                .map(e -> new Entry(e.leafIndex, e.leafData, b64(e.leafHash))).toList();
    }

    public String publicKeyPem() {
        return Pem.encode(keys.logPublicKey());
    }

    /** Bytes a tree head signature covers (documented in the README). */
    public static byte[] treeHeadInput(long treeSize, long timestamp, String rootHash) {
        return ("dsure-log-v1\n" + treeSize + "\n" + timestamp + "\n" + rootHash).getBytes(StandardCharsets.US_ASCII);
    }

    private SignedTreeHead treeHead(long size, MerkleTree.Nodes nodes) {
        long timestamp = clock.millis();
        String root = b64(MerkleTree.root(size, nodes));
        try {
            Signature ed = Signature.getInstance("Ed25519");
            ed.initSign(keys.logSigningKey());
            ed.update(treeHeadInput(size, timestamp, root));
            return new SignedTreeHead(size, timestamp, root, b64(ed.sign()), KeyIds.of(keys.logPublicKey()), "Ed25519");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the tree head", e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
