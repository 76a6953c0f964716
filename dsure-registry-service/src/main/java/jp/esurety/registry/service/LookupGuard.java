package jp.esurety.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jp.esurety.registry.config.RegistryConfig;
import jp.esurety.registry.domain.LookupLockout;
import jp.esurety.registry.persistence.LookupLockEntity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Rate limits and lockouts of lookups, kept in the database so that every replica sees the same state: counters are
 * upserted atomically, the lock row of (user, contract) is read {@code FOR UPDATE} so concurrent attempts queue.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LookupGuard {

    private final EntityManager em;
    private final RegistryConfig config;

    public LookupGuard(EntityManager em, RegistryConfig config) {
        this.em = em;
        this.config = config;
    }

    /** Counts one lookup for the user and the address; true when either is over its limit for this minute. */
    public boolean overRateLimit(String username, String clientIp, Instant now) {
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        int byUser = hit("user:" + username, window);
        int byIp = hit("ip:" + clientIp, window);
        return byUser > config.lookupsPerUserPerMinute() || byIp > config.lookupsPerIpPerMinute();
    }

    private int hit(String bucket, Instant window) {
        Object hits = em.createNativeQuery("""
                        INSERT INTO rate_window (bucket, window_start, hits) VALUES (?1, ?2, 1)
                        ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_window.hits + 1
                        RETURNING hits""")
                .setParameter(1, bucket).setParameter(2, window).getSingleResult();
        return ((Number) hits).intValue();
    }

    /** The lock row of this user on this contract, created if missing and locked until the transaction ends. */
    public LookupLockEntity lockRow(String username, String contractNumber, Instant now) {
        em.createNativeQuery("""
                        INSERT INTO lookup_lock (username, contract_number, failures, updated_at) VALUES (?1, ?2, 0, ?3)
                        ON CONFLICT (username, contract_number) DO NOTHING""")
                .setParameter(1, username).setParameter(2, contractNumber).setParameter(3, now).executeUpdate();
        return em.find(LookupLockEntity.class, new LookupLockEntity.Key(username, contractNumber),
                LockModeType.PESSIMISTIC_WRITE);
    }

    public static LookupLockout stateOf(LookupLockEntity row) {
        return new LookupLockout(row.failures, row.lockedUntil);
    }

    public static void apply(LookupLockEntity row, LookupLockout state, Instant now) {
        row.failures = state.failures();
        row.lockedUntil = state.lockedUntil();
        row.updatedAt = now;
    }

    /** Drops counters of past windows every ten minutes (any replica; the delete is idempotent). */
    @io.quarkus.scheduler.Scheduled(every = "10m", delayed = "1m")
    @Transactional(Transactional.TxType.REQUIRED)
    void purge() {
        purgeOldWindows(Instant.now());
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public int purgeOldWindows(Instant now) {
        return em.createNativeQuery("DELETE FROM rate_window WHERE window_start < ?1")
                .setParameter(1, now.minus(1, ChronoUnit.HOURS)).executeUpdate();
    }
}
