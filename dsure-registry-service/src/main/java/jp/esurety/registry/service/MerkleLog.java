package jp.esurety.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
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
 * advisory lock so that replicas never race; tree heads are signed on request with the log's Ed25519 key.
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
        return e.leafIndex;
    }

    public long size() {
        return LogEntryEntity.count();
    }

    public SignedTreeHead treeHead() {
        long size = size();
        return treeHead(size, hashes(size));
    }

    public InclusionProof inclusion(String contractNumber, int version, Long treeSize) {
        LogEntryEntity e = LogEntryEntity.of(contractNumber, version)
                .orElseThrow(() -> ProblemException.notFound("この版はログにありません。"));
        long size = treeSize == null ? size() : treeSize;
        if (e.leafIndex >= size || size > size()) {
            throw ProblemException.notFound("指定の木の大きさではこの版を証明できません。");
        }
        List<byte[]> hashes = hashes(size);
        // the leaf as the registry would compute it now from its stored row: a changed row no longer proves
        String current = RegisteredCertificateEntity.version(contractNumber, version)
                .map(c -> leafData(c.contractNumber, c.version, c.registeredAt, c.issuerId, c.credential))
                .orElse(e.leafData);
        return new InclusionProof(e.leafIndex, size, current,
                b64(MerkleTree.leafHash(current.getBytes(StandardCharsets.UTF_8))),
                MerkleTree.inclusionProof((int) e.leafIndex, hashes).stream().map(MerkleLog::b64).toList(),
                treeHead(size, hashes));
    }

    public ConsistencyProof consistency(long first, long second) {
        if (first < 1 || first > second || second > size()) {
            throw ProblemException.ruleViolated("log-consistency-range", "first",
                    "1 ≤ first ≤ second ≤ 現在の木の大きさ で指定してください。");
        }
        return new ConsistencyProof(first, second, MerkleTree.consistencyProof((int) first, hashes(second))
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

    private SignedTreeHead treeHead(long size, List<byte[]> hashes) {
        long timestamp = clock.millis();
        String root = b64(MerkleTree.root(hashes));
        try {
            Signature ed = Signature.getInstance("Ed25519");
            ed.initSign(keys.logSigningKey());
            ed.update(treeHeadInput(size, timestamp, root));
            return new SignedTreeHead(size, timestamp, root, b64(ed.sign()), KeyIds.of(keys.logPublicKey()), "Ed25519");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the tree head", e);
        }
    }

    private static List<byte[]> hashes(long size) {
        return LogEntryEntity.upTo(size).stream().map(e -> e.leafHash).toList();
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
