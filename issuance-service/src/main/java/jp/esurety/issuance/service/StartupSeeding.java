package jp.esurety.issuance.service;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Replicas start at the same time and each seeds the demo master data (branch, contractors, rules, rate tables)
 * and announces what is unannounced: a transaction-scoped advisory lock makes them take turns, so the second one
 * finds the rows (and nothing left to announce) instead of colliding on a primary key or announcing twice.
 */
final class StartupSeeding {

    static final long LOCK = 0x697373756564L; // "issued"

    private StartupSeeding() {
    }

    /** Waits for the seeding lock; released when the calling transaction ends. */
    static void lock() {
        Panache.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, LOCK).getSingleResult();
    }
}
