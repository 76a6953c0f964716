package jp.esurety.registry.service;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Replicas start at the same time and each seeds its reference data (demo orderers, the trust seed): a
 * transaction-scoped advisory lock makes them take turns, so the second one finds the rows instead of colliding.
 */
final class StartupSeeding {

    private static final long LOCK = 0x7365656473L; // "seeds"

    private StartupSeeding() {
    }

    /** Waits for the seeding lock; released when the calling transaction ends. */
    static void lock() {
        Panache.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, LOCK).getSingleResult();
    }
}
