package jp.esurety.systemtest.fault;

import jp.esurety.local.LocalStack;
import jp.esurety.local.StackEndpoints;
import jp.esurety.systemtest.SharedStack;
import jp.esurety.systemtest.fault.ApplicationLoad.Submitted;
import jp.esurety.systemtest.fault.PipelineOracle.Tally;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What every fault scenario shares: the shared stack with its controls (the scenarios run only on a stack this JVM
 * started, after the other system tests — see {@link FaultOrder}), the size of the run, the oracle and the report.
 * Whatever a scenario stopped is started again after it, also when it fails, so the stack is left healthy.
 */
abstract class FaultScenario {

    /** The first scenario waits for the demo data to reach every service before it loads the stack. */
    private static boolean warmedUp;

    protected final FaultSettings settings = FaultSettings.fromSystemProperties();
    protected final String runTag = UUID.randomUUID().toString().substring(0, 8);
    protected LocalStack stack;
    protected StackEndpoints endpoints;
    protected PipelineOracle oracle;

    @BeforeEach
    void attachToTheStack() {
        assumeTrue(SharedStack.controls().isPresent(),
                "fault tests need a stack this JVM starts (not -Desurety.stack.attach=true)");
        stack = SharedStack.controls().orElseThrow();
        endpoints = stack.endpoints();
        oracle = new PipelineOracle(endpoints);
        stack.restoreAll();
        warmUp();
    }

    @AfterEach
    void leaveTheStackHealthy() {
        if (stack != null) {
            stack.restoreAll();
        }
    }

    /** One application end to end before any load: reference data and consumers are in place. */
    private void warmUp() {
        synchronized (FaultScenario.class) {
            if (warmedUp) {
                return;
            }
            try (ApplicationLoad load = new ApplicationLoad(endpoints, runTag + "w")) {
                Submitted first = load.submit(0);
                oracle.awaitSettled(runTag + "w", List.of(first), Duration.ofMinutes(3));
            }
            warmedUp = true;
        }
    }

    /** Waits for the load's submissions; they retry on their own, so this only bounds the wait. */
    protected static List<Submitted> await(CompletableFuture<List<Submitted>> submissions, Duration timeout) {
        try {
            return submissions.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("a submission failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("submissions not accepted within " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Waits for the pipeline to settle, counts what it produced, adds the counts to the report section and asserts
     * that nothing was lost or doubled.
     *
     * @return the counts
     */
    protected Tally assertNothingLostOrDoubled(List<Submitted> submitted, ApplicationLoad load,
                                               FaultReport.Section section, Instant loadStart) throws SQLException {
        Duration settled;
        try {
            settled = oracle.awaitSettled(runTag, submitted, settings.settleTimeout());
        } catch (AssertionError e) {
            section.figure("result", "**not settled**").note(e.getMessage());
            FaultReport.append(settings, section);
            throw e;
        }
        Instant settledAt = Instant.now();
        Tally tally = oracle.tally(runTag, submitted);
        section.figure("applications accepted", tally.accepted())
                .figure("requests refused and retried (same Idempotency-Key)", load.refused())
                .figure("accepted as replay of an unanswered request", submitted.stream().filter(Submitted::replayed).count())
                .figure("applications stored", tally.applications())
                .figure("lines REGISTERED", tally.registeredLines())
                .figure("contracts", tally.contracts())
                .figure("authentication keys", tally.keys())
                .figure("certificate versions", tally.versions())
                .figure("registry entries", tally.registryEntries())
                .figure("registry key digests", tally.keyDigests())
                .figure("mail deliveries recorded", tally.mailDeliveries())
                .figure("mails expected", tally.expectedMails())
                .figure("mails received (IMAP)", tally.mailsReceived())
                .figure("distinct Message-IDs", tally.distinctMessages())
                .figure("mails that needed more than one SMTP attempt", tally.retriedMails())
                .figure("seconds from first submission to settled", Duration.between(loadStart, settledAt).toSeconds())
                .figure("seconds to settle after the load", settled.toSeconds())
                .figure("result", tally.problems().isEmpty() ? "nothing lost, nothing doubled"
                        : "**" + tally.problems().size() + " applications wrong**");
        tally.problems().stream().limit(20).forEach(section::note);
        FaultReport.append(settings, section);

        assertThat(tally.problems()).as("applications with something lost or doubled").isEmpty();
        assertThat(tally.applications()).isEqualTo(submitted.size());
        assertThat(tally.contracts()).isEqualTo(submitted.size());
        assertThat(tally.registryEntries()).isEqualTo(submitted.size());
        assertThat(tally.mailsReceived()).isEqualTo(tally.expectedMails()).isEqualTo(tally.distinctMessages());
        return tally;
    }

    protected static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
