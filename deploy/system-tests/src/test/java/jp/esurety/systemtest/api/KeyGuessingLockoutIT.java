package jp.esurety.systemtest.api;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing the 認証キー of one certificate in parallel, from several orderer users and several client addresses at
 * once (the registry takes the address from X-Forwarded-For, trusted from 127.0.0.1 only): each user gets exactly
 * five wrong keys evaluated on that contract, then is locked out of it for 30 minutes, so even the right key is
 * refused; addresses do not matter (the lock is per user and contract, dsure-registry-service README "Limits").
 * Every attempt is in the audit log with its address, and each lockout counts in the lockout metric.
 *
 * <p>A contract of its own, new on every run, so nothing else on the shared stack is left locked. Each user makes
 * ten lookups here, a third of the per-user limit of a minute.
 */
class KeyGuessingLockoutIT {

    static final int ALLOWED_FAILURES = 5;
    static final int ATTEMPTS_PER_USER = 9;
    static final List<Principal> GUESSERS = List.of(Principal.OMITAMA, Principal.OMITAMA_ADMIN, Principal.KASHIWA);
    static final List<String> ADDRESSES = List.of("10.77.0.11", "10.77.0.12", "10.77.0.13", "192.0.2.21",
            "198.51.100.31", "203.0.113.41");
    static final Pattern LOCKOUTS = Pattern.compile("(?m)^esurety_registry_lookup_lockouts_total(?:\\{[^}]*})? ([0-9.Ee+]+)$");

    record Attempt(Principal who, String address, int status, String type) {
    }

    @Test
    void parallelGuessesFromSeveralUsersAndAddressesNeverGetMoreThanFiveWrongKeysEvaluatedPerUser() throws Exception {
        Fixtures.Contract contract = Fixtures.newRegisteredContract();
        double lockoutsBefore = lockouts();
        GUESSERS.forEach(Principal::token);   // tokens first: the guesses are what runs in parallel

        List<Callable<Attempt>> guesses = new ArrayList<>();
        for (Principal who : GUESSERS) {
            for (int i = 0; i < ATTEMPTS_PER_USER; i++) {
                String address = ADDRESSES.get((i + who.ordinal()) % ADDRESSES.size());
                String wrongKey = wrong(contract.authenticationKey(), i);
                guesses.add(() -> {
                    Response r = lookup(who, address, contract.contractNumber(), wrongKey);
                    return new Attempt(who, address, r.statusCode(), r.statusCode() >= 400 ? r.path("type") : null);
                });
            }
        }
        List<Attempt> attempts = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            for (Future<Attempt> f : pool.invokeAll(guesses)) {
                attempts.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        for (Principal who : GUESSERS) {
            List<Attempt> mine = attempts.stream().filter(a -> a.who() == who).toList();
            assertThat(mine.stream().filter(a -> a.status() == 404).count())
                    .as("wrong keys of %s evaluated (the rest refused unseen)", who.label())
                    .isEqualTo(ALLOWED_FAILURES);
            assertThat(mine.stream().filter(a -> a.status() == 429).map(Attempt::type).toList())
                    .as("%s locked out, not rate-limited", who.label())
                    .hasSize(ATTEMPTS_PER_USER - ALLOWED_FAILURES)
                    .containsOnly("urn:esurety:problem:rule:lookup-locked");
        }

        // locked: the right key is refused now, for the orderer's own users (and for kashiwa, who never had a view)
        for (Principal who : GUESSERS) {
            Response right = lookup(who, ADDRESSES.getFirst(), contract.contractNumber(), contract.authenticationKey());
            assertThat(right.statusCode()).as("right key while %s is locked", who.label()).isEqualTo(429);
            assertThat((String) right.path("type")).isEqualTo("urn:esurety:problem:rule:lookup-locked");
        }

        // the metric counted one lockout per user (other lockouts may happen meanwhile: at least)
        assertThat(lockouts() - lockoutsBefore).as("lockouts counted").isGreaterThanOrEqualTo(GUESSERS.size());

        // the audit log has every attempt, with the user and the client address
        List<Map<String, Object>> audit = Fixtures.registry(Principal.REGISTRY_ADMIN)
                .queryParam("contractNumber", contract.contractNumber()).queryParam("limit", 500)
                .get("/api/v1/admin/audit-entries").then().statusCode(200).extract().jsonPath().getList("$");
        for (Principal who : GUESSERS) {
            List<Map<String, Object>> mine = audit.stream().filter(e -> who.username.equals(e.get("username"))).toList();
            assertThat(mine.stream().filter(e -> "FAILED".equals(e.get("outcome"))).count())
                    .as("failures audited for %s", who.label()).isEqualTo(ALLOWED_FAILURES);
            assertThat(mine.stream().filter(e -> "LOCKED".equals(e.get("outcome"))).count())
                    .as("refusals while locked audited for %s", who.label())
                    .isEqualTo(ATTEMPTS_PER_USER - ALLOWED_FAILURES + 1);
        }
        Set<Object> addresses = new HashSet<>(audit.stream().map(e -> e.get("clientIp")).toList());
        assertThat(addresses).as("client addresses from X-Forwarded-For").containsAll(ADDRESSES);
    }

    private static Response lookup(Principal who, String address, String number, String key) {
        return Fixtures.registry(who).header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("contractNumber", number, "authenticationKey", key))
                .post("/api/v1/verifications");
    }

    /** A well-formed key that is not the right one (the last two characters changed). */
    static String wrong(String key, int i) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        String suffix = "" + alphabet.charAt(i % alphabet.length()) + alphabet.charAt((i * 7 + 3) % alphabet.length());
        String candidate = key.substring(0, key.length() - 2) + suffix;
        return candidate.equals(key) ? key.substring(0, key.length() - 2) + "zz" : candidate;
    }

    private static double lockouts() {
        String text = io.restassured.RestAssured.given().baseUri(Stack.endpoints().registryUrl().toString())
                .get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = LOCKOUTS.matcher(text);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }
}
