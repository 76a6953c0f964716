package jp.esurety.systemtest.fault;

import io.restassured.path.json.JsonPath;
import jp.esurety.local.Realm;
import jp.esurety.local.StackEndpoints;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Submits auto-approvable electronic 前払金保証 applications through the gateway as {@code contractor1} with a bearer
 * token, each with a completion mail to a mailbox of its own, as a real client
 * would: a submission the stack refuses (connection refused or reset, 5xx) is sent again with the same
 * {@code Idempotency-Key} until it is accepted, so a retried submission never creates a second application.
 */
final class ApplicationLoad implements AutoCloseable {

    static final String OMITAMA = "ORD-082368";
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);
    private static final int CLIENTS = 6;

    /** One contractor the load submits as, and how it pays the premium. */
    private record Contractor(String username, String name, String paymentMethod, String mailDomain) {
    }

    /**
     * Only contractor1 (C0001) is registered for 一括納付: its certificates are issued at approval. contractor2's wait
     * for a premium payment recorded by staff ({@code AWAITING_PAYMENT}), so they would never complete on their own.
     */
    private static final List<Contractor> CONTRACTORS = List.of(
            new Contractor("contractor1", "株式会社 小美玉建設", "BULK", "omitama-kensetsu.example.jp"));

    /**
     * An accepted submission.
     *
     * @param applicationId the id the stack gave it
     * @param mailbox       its completion mail address, used by no other application
     * @param attempts      how many requests it took
     * @param replayed      whether the accepting answer was the replay of an earlier, unanswered request
     */
    record Submitted(int index, String contractor, String idempotencyKey, String mailbox, String applicationId,
                     int attempts, boolean replayed) {
    }

    private final StackEndpoints stack;
    private final String runTag;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Tokens tokens;
    private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger acceptedDuringFault = new AtomicInteger();
    private volatile boolean faultActive;

    /** @param runTag marks this run's applications (work name, mailboxes) so the oracle finds exactly them */
    ApplicationLoad(StackEndpoints stack, String runTag) {
        this.stack = stack;
        this.runTag = runTag;
        this.tokens = new Tokens(stack, http);
    }

    /**
     * Starts submitting {@code count} applications spread evenly over {@code spread}.
     *
     * @return completes with every accepted submission, in index order
     */
    CompletableFuture<List<Submitted>> start(int count, Duration spread) {
        CONTRACTORS.forEach(c -> tokens.of(Realm.NETDESK, c.username()));
        Instant begin = Instant.now();
        long intervalNanos = count <= 1 ? 0 : spread.toNanos() / count;
        List<CompletableFuture<Submitted>> submissions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            Instant due = begin.plusNanos(intervalNanos * i);
            submissions.add(CompletableFuture.supplyAsync(() -> {
                sleepUntil(due);
                return submit(index);
            }, clients));
        }
        return CompletableFuture.allOf(submissions.toArray(CompletableFuture[]::new))
                .thenApply(done -> submissions.stream().map(CompletableFuture::join).toList());
    }

    /** Marks the time a fault is active, for the count of submissions accepted meanwhile. */
    void faultActive(boolean active) {
        faultActive = active;
    }

    /** @return requests the stack refused or could not answer (each was retried) */
    int refused() {
        return refused.get();
    }

    /** @return submissions accepted while a fault was active */
    int acceptedDuringFault() {
        return acceptedDuringFault.get();
    }

    /** Submits one application until the stack accepts it. */
    Submitted submit(int index) {
        Contractor contractor = CONTRACTORS.get(index % CONTRACTORS.size());
        String key = runTag + "-" + index;
        String mailbox = "fault-" + runTag + "-" + index + "@" + contractor.mailDomain();
        String body = application(contractor, index, mailbox);
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        for (int attempt = 1; ; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(stack.gatewayUrl().resolve("/api/applications"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.of(Realm.NETDESK, contractor.username()))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            String failure;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 201 || status == 200) {
                    if (faultActive) {
                        acceptedDuringFault.incrementAndGet();
                    }
                    return new Submitted(index, contractor.username(), key, mailbox,
                            JsonPath.from(response.body()).getString("id"), attempt, status == 200);
                }
                if (status < 500 && status != 401 && status != 408 && status != 429) {
                    throw new IllegalStateException("application " + index + " refused for good: " + status + " "
                            + response.body());
                }
                failure = "HTTP " + status;
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            refused.incrementAndGet();
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("application " + index + " not accepted after " + attempt
                        + " attempts; last: " + failure);
            }
            sleepUntil(Instant.now().plus(RETRY_PAUSE));
        }
    }

    @Override
    public void close() {
        clients.shutdownNow();
    }

    private String application(Contractor contractor, int index, String mailbox) {
        return """
                {"work": {"name": "障害試験 %s-%d 道路改良工事", "ordererWorkNumber": "令和8年度 第%d号",
                          "ordererId": "%s", "workType": "CIVIL_BUILDING", "contractAmount": 50000000,
                          "periodFrom": "2026-12-01", "periodTo": "2027-03-19", "contractDate": "2026-11-20",
                          "electronicPermitted": true},
                 "lines": [{"productType": "ADVANCE_PAYMENT", "format": "ELECTRONIC", "guaranteeAmount": 20000000,
                            "depositBank": "〇〇銀行 小美玉支店", "redeposit": false, "premiumPaymentMethod": "%s",
                            "premiumPayer": "%s", "paperStatementWanted": false}],
                 "information": {"branchCode": "10101", "completionMailWanted": true,
                                 "completionMailAddress": "%s"}}
                """.formatted(runTag, index, index + 1, OMITAMA, contractor.paymentMethod(), contractor.name(),
                mailbox);
    }

    private static void sleepUntil(Instant due) {
        long millis = Duration.between(Instant.now(), due).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
