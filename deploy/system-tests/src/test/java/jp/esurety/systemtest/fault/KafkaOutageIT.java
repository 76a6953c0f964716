package jp.esurety.systemtest.fault;

import jp.esurety.systemtest.fault.ApplicationLoad.Submitted;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 2: the Kafka broker is stopped in the middle of the load. Submissions are still accepted — the event waits
 * in the application service's outbox — and everything completes once the broker is back on the same port and log
 * directory.
 */
@Order(FaultOrder.KAFKA_OUTAGE)
class KafkaOutageIT extends FaultScenario {

    @Test
    void submissionsAreAcceptedWhileKafkaIsDownAndAllCompleteAfterItReturns() throws Exception {
        Duration outage = settings.kafkaOutage();
        FaultReport.Section section = new FaultReport.Section("2. Kafka broker stopped for " + outage.toSeconds() + " s",
                "The broker is shut down a third into the load and started again after the outage. Asserts: "
                        + "submissions are accepted during the outage (the refusals are counted: they should be "
                        + "none), and afterwards the same counts as scenario 1: nothing lost, nothing doubled.");
        Duration spread = outage.multipliedBy(3);
        try (ApplicationLoad load = new ApplicationLoad(endpoints, runTag)) {
            Instant start = Instant.now();
            CompletableFuture<List<Submitted>> submissions = load.start(settings.applications(), spread);
            sleep(outage);
            int refusedBefore = load.refused();
            stack.stopKafka();
            load.faultActive(true);
            sleep(outage);
            int refusedDuring = load.refused() - refusedBefore;
            load.faultActive(false);
            Instant restart = Instant.now();
            stack.startKafka();
            section.figure("seconds for the broker to be back", Duration.between(restart, Instant.now()).toSeconds())
                    .figure("applications accepted while Kafka was down", load.acceptedDuringFault())
                    .figure("submissions refused while Kafka was down", refusedDuring);
            List<Submitted> submitted = await(submissions, spread.plus(Duration.ofMinutes(5)));
            assertNothingLostOrDoubled(submitted, load, section, start);
            assertThat(load.acceptedDuringFault()).as("submissions accepted during the outage").isPositive();
        }
    }
}
