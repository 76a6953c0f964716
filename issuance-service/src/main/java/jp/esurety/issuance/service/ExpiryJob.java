package jp.esurety.issuance.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the expiry of guarantee contracts (every hour by default, {@code issuance.expiry-every}). */
@ApplicationScoped
public class ExpiryJob {

    private final ExpiringContracts expiring;

    public ExpiryJob(ExpiringContracts expiring) {
        this.expiring = expiring;
    }

    @Scheduled(every = "${issuance.expiry-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        expiring.expireDue();
    }
}
