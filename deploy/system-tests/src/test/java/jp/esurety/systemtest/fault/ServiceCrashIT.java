package jp.esurety.systemtest.fault;

import jp.esurety.local.Service;
import jp.esurety.systemtest.fault.ApplicationLoad.Submitted;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Scenario 1: each service in turn dies by SIGKILL (no shutdown, nothing flushed) while applications flow, and comes
 * back with the same configuration. The load goes through the gateway, so the gateway is killed too. Transactional
 * outboxes, idempotent consumers and the clients' retries with the same Idempotency-Key must leave every application
 * with exactly one contract, key, certificate version, registry entry and one of each mail.
 */
@Order(FaultOrder.SERVICE_CRASH)
class ServiceCrashIT extends FaultScenario {

    private static final List<Service> VICTIMS = List.of(Service.APPLICATION, Service.ISSUANCE, Service.REGISTRY,
            Service.NOTIFICATION, Service.GATEWAY);
    /** About how long a service takes to start on a busy 2-core machine, to spread the load over the kills. */
    private static final Duration RESTART_ESTIMATE = Duration.ofSeconds(12);
    private static final Duration BETWEEN_KILLS = Duration.ofSeconds(2);

    @Test
    void killingEachServiceInTurnWhileApplicationsFlowLosesAndDoublesNothing() throws Exception {
        FaultReport.Section section = new FaultReport.Section("1. kill -9 of each service in turn",
                "Applications flow through the gateway while application, issuance, registry, notification and "
                        + "the gateway are each killed with SIGKILL (whole process tree) and started again. Asserts: "
                        + "every accepted application has exactly one application row, one REGISTERED line, one "
                        + "contract, one key, one certificate version, one registry entry and key digest, and each "
                        + "expected mail exactly once (distinct Message-IDs over IMAP).");
        Duration spread = BETWEEN_KILLS.plus(settings.serviceOutage()).plus(RESTART_ESTIMATE)
                .multipliedBy(VICTIMS.size());
        try (ApplicationLoad load = new ApplicationLoad(endpoints, runTag)) {
            Instant start = Instant.now();
            CompletableFuture<List<Submitted>> submissions = load.start(settings.applications(), spread);
            for (Service victim : VICTIMS) {
                sleep(BETWEEN_KILLS);
                Instant killed = Instant.now();
                load.faultActive(true);
                stack.killService(victim);
                sleep(settings.serviceOutage());
                stack.startService(victim);
                load.faultActive(false);
                section.figure(victim.module() + ": seconds from kill to ready again",
                        Duration.between(killed, Instant.now()).toSeconds());
            }
            List<Submitted> submitted = await(submissions, spread.plus(Duration.ofMinutes(5)));
            section.figure("applications accepted while a service was down", load.acceptedDuringFault());
            assertNothingLostOrDoubled(submitted, load, section, start);
        }
    }
}
