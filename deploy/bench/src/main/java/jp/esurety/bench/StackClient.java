package jp.esurety.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.esurety.local.Realm;
import jp.esurety.local.Service;
import jp.esurety.local.StackEndpoints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stack as its users reach it: Keycloak password grants (client {@code esurety-cli}), the contractor's API
 * through the gateway with a bearer token (no CSRF for bearer calls), the orderer's lookup on the registry, the mail
 * server's HTTP inbox. Loopback only.
 */
public final class StackClient {

    static final String OMITAMA = "ORD-082368";
    static final String CONTRACTOR = "contractor1";
    static final String ORDERER = "omitama";
    static final String PASSWORD = "demo";
    /** Tokens live 15 minutes in the local realms: take a new one well before. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(8);

    private final StackEndpoints endpoints;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant obtained) {
    }

    public StackClient(StackEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    public StackEndpoints endpoints() {
        return endpoints;
    }

    /**
     * @return a fresh enough access token of the user (password grant); one request at a time renews it, so a load
     *         of many concurrent requests does not turn into a burst of logins
     */
    public String token(Realm realm, String username) {
        String cacheKey = realm.realmName() + "/" + username;
        Token cached = tokens.get(cacheKey);
        if (cached != null && cached.obtained().plus(TOKEN_REUSE).isAfter(Instant.now())) {
            return cached.value();
        }
        synchronized (tokens) {
            Token again = tokens.get(cacheKey);
            if (again != null && again.obtained().plus(TOKEN_REUSE).isAfter(Instant.now())) {
                return again.value();
            }
            RuntimeException failure = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    return passwordGrant(realm, username, cacheKey);
                } catch (RuntimeException e) {
                    failure = e;
                    sleep(Duration.ofSeconds(1));
                }
            }
            throw failure;
        }
    }

    private String passwordGrant(Realm realm, String username, String cacheKey) {
        String form = "grant_type=password&client_id=esurety-cli&username=" + enc(username) + "&password=" + enc(PASSWORD);
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoints.tokenUrl(realm))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("password grant for " + username + " answered " + response.statusCode());
        }
        String token = read(response.body()).path("access_token").asText();
        tokens.put(cacheKey, new Token(token, Instant.now()));
        return token;
    }

    /** Waits until Net Desk knows the orderer 小美玉市長 and branch 10101 (reference data travels as events). */
    public void awaitReferenceData(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            String token = token(Realm.NETDESK, CONTRACTOR);
            HttpResponse<String> orderers = send(get(gateway("/api/orderers"), token));
            HttpResponse<String> branches = send(get(gateway("/api/branches"), token));
            if (orderers.statusCode() == 200 && orderers.body().contains(OMITAMA)
                    && branches.statusCode() == 200 && branches.body().contains("10101")) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Net Desk has no orderer " + OMITAMA + " / branch 10101 after " + timeout);
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    /**
     * Submits an auto-approvable electronic 前払金保証 (20,000,000 ≤ the demo rule's 100,000,000, 一括納付 of the registered
     * contractor C0001, to 小美玉市長) with a completion mail to {@code mailbox}, through the gateway.
     *
     * @return the HTTP status and, on 201, the application id
     */
    public Submitted submitApplication(String mailbox) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/applications"))
                .header("Authorization", "Bearer " + token(Realm.NETDESK, CONTRACTOR))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(write(application(mailbox)))).build());
        String id = response.statusCode() == 201 ? read(response.body()).path("id").asText(null) : null;
        return new Submitted(response.statusCode(), id);
    }

    public record Submitted(int status, String applicationId) {
    }

    /** @return the 認証キー the contractor sees on its contract (電子保証概要) */
    public Optional<String> authenticationKey(String contractNumber) {
        HttpResponse<String> response = send(get(gateway("/api/contracts/" + contractNumber),
                token(Realm.NETDESK, CONTRACTOR)));
        if (response.statusCode() != 200) {
            return Optional.empty();
        }
        return Optional.ofNullable(read(response.body()).path("authenticationKey").asText(null));
    }

    /** The orderer's machine lookup; returns the HTTP status. */
    public int lookup(String token, String contractNumber, String key) {
        return post(endpoints.registryUrl().resolve("/api/v1/verifications"), token, contractNumber, key);
    }

    /** The benchmark's bare endpoint on the same service; returns the HTTP status (404 when not enabled). */
    public int bareLookup(String token, String contractNumber, String key) {
        return post(endpoints.registryUrl().resolve("/api/v1/bench/bare-lookup"), token, contractNumber, key);
    }

    /** @return the number of messages in the mailbox, read from the mail server's HTTP inbox */
    public int mailCount(String address) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(endpoints.mailApiUrl()
                + "/api/user/" + enc(address) + "/messages/INBOX")).GET().build());
        if (response.statusCode() != 200) {
            return 0;
        }
        JsonNode messages = read(response.body());
        return messages.isArray() ? messages.size() : 0;
    }

    /** @return whether the service answers 200 on {@code /q/health/ready} */
    public boolean ready(Service service) {
        try {
            return http.send(HttpRequest.newBuilder(endpoints.serviceUrl(service).resolve("/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private int post(URI uri, String token, String contractNumber, String key) {
        String body = "{\"contractNumber\":\"" + contractNumber + "\",\"authenticationKey\":\"" + key + "\"}";
        return send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()).statusCode();
    }

    private URI gateway(String path) {
        return endpoints.serviceUrl(Service.GATEWAY).resolve(path);
    }

    private static HttpRequest get(URI uri, String token) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> application(String mailbox) {
        Map<String, Object> work = Map.of(
                "name", "ベンチマーク市道改良工事",
                "ordererWorkNumber", "令和8年度 ベンチ第1号",
                "ordererId", OMITAMA,
                "workType", "CIVIL_BUILDING",
                "contractAmount", 50_000_000,
                "periodFrom", "2026-12-01",
                "periodTo", "2027-03-19",
                "contractDate", "2026-11-20",
                "electronicPermitted", true);
        Map<String, Object> line = Map.of(
                "productType", "ADVANCE_PAYMENT",
                "format", "ELECTRONIC",
                "guaranteeAmount", 20_000_000,
                "depositBank", "〇〇銀行 小美玉支店",
                "redeposit", false,
                "premiumPaymentMethod", "BULK",
                "premiumPayer", "株式会社 小美玉建設",
                "paperStatementWanted", false);
        Map<String, Object> information = Map.of(
                "branchCode", "10101",
                "completionMailWanted", true,
                "completionMailAddress", mailbox);
        return Map.of("work", work, "lines", List.of(line), "information", information);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
