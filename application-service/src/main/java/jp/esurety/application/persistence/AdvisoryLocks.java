package jp.esurety.application.persistence;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Transaction-scoped PostgreSQL advisory locks. Rule 8: two requests with the same {@code Idempotency-Key} may arrive
 * at once (a client that retries before the first answer); the lock makes the later one wait until the first has
 * committed, and then find what the first created instead of creating a second application.
 */
public final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    /** Blocks until this transaction holds the lock named {@code scope:key}; released at commit or rollback. */
    public static void lock(String scope, String key) {
        Panache.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, scope + ":" + key)
                .getSingleResult();
    }
}
