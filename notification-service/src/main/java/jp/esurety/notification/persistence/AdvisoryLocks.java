package jp.esurety.notification.persistence;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Transaction-scoped PostgreSQL advisory locks. Facts about one application or contract arrive on different topics,
 * consumed in parallel: without a lock two transactions could each miss the other's uncommitted half and leave a
 * notice or a held mail waiting forever. The lock makes the later one wait and then see the earlier one's rows.
 */
public final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    /** Blocks until this transaction holds the lock of {@code key}; released at commit or rollback. */
    public static void lock(String scope, Object key) {
        Panache.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, scope + ":" + key)
                .getSingleResult();
    }
}
