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
import java.util.List;
import java.util.Objects;

/**
 * Rate limits and lockouts of lookups, kept in the database so that every replica sees the same state: counters are
 * upserted atomically in their own short transaction, the lock row of (user, contract) is read {@code FOR UPDATE} in
 * the lookup's transaction so concurrent attempts on one contract queue.
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

    /**
     * Counts one lookup for the user and the address, in a short transaction of its own; true when either is over
     * its limit for this minute. The user's counter is one row that all of the user's lookups update: held for a
     * whole lookup it would queue them one behind the other, so it is committed at once — without waiting for the
     * WAL flush ({@code synchronous_commit = off}): a database crash may forget the last fraction of a second of
     * counts, which a per-minute brute-force budget can afford. The lockout state stays fully durable.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean countAttempt(String username, String clientIp, Instant now) {
        em.createNativeQuery("SET LOCAL synchronous_commit = off").executeUpdate();
        String user = "user:" + username;
        String ip = "ip:" + clientIp;
        // one statement for both counters, always in this order (user, then address), so two lookups never wait
        // for each other's rows crosswise
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        INSERT INTO rate_window (bucket, window_start, hits) VALUES (?1, ?3, 1), (?2, ?3, 1)
                        ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_window.hits + 1
                        RETURNING bucket, hits""")
                .setParameter(1, user).setParameter(2, ip).setParameter(3, now.truncatedTo(ChronoUnit.MINUTES))
                .getResultList();
        int byUser = 0;
        int byIp = 0;
        for (Object[] row : rows) {
            int hits = ((Number) row[1]).intValue();
            if (user.equals(row[0])) {
                byUser = hits;
            } else {
                byIp = hits;
            }
        }
        return byUser > config.lookupsPerUserPerMinute() || byIp > config.lookupsPerIpPerMinute();
    }

    /**
     * The lock row of this user on this contract, locked until the transaction ends (concurrent attempts on it
     * queue). Usually it exists and this is one {@code SELECT … FOR UPDATE}; the first attempt creates it.
     */
    public LookupLockEntity lockRow(String username, String contractNumber, Instant now) {
        LookupLockEntity.Key key = new LookupLockEntity.Key(username, contractNumber);
        LookupLockEntity row = em.find(LookupLockEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row != null) {
            return row;
        }
        em.createNativeQuery("""
                        INSERT INTO lookup_lock (username, contract_number, failures, updated_at) VALUES (?1, ?2, 0, ?3)
                        ON CONFLICT (username, contract_number) DO NOTHING""")
                .setParameter(1, username).setParameter(2, contractNumber).setParameter(3, now).executeUpdate();
        return em.find(LookupLockEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    public static LookupLockout stateOf(LookupLockEntity row) {
        return new LookupLockout(row.failures, row.lockedUntil);
    }

    /** Writes the new state; an unchanged state (the usual success) writes nothing. */
    public static void apply(LookupLockEntity row, LookupLockout state, Instant now) {
        if (row.failures == state.failures() && Objects.equals(row.lockedUntil, state.lockedUntil())) {
            return;
        }
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
