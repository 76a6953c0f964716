package jp.esurety.systemtest.api;

import io.restassured.RestAssured;
import jp.esurety.local.Realm;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who calls in the fuzz and matrix tests: anonymous or a demo user of the local realms (deploy/local/README.md),
 * with the realm roles that user holds there. Tokens come from the stack's Keycloak (password grant, client
 * esurety-cli) and are reused for ten minutes (they live fifteen).
 */
enum Principal {
    ANONYMOUS(null, null, Set.of()),
    CONTRACTOR1(Realm.NETDESK, "contractor1", Set.of("contractor")),
    CONTRACTOR2(Realm.NETDESK, "contractor2", Set.of("contractor")),
    UNDERWRITER1(Realm.NETDESK, "underwriter1", Set.of("underwriter")),
    /** An underwriter of another branch (10201): branch 10101's cases and contracts are another tenant's. */
    UNDERWRITER2(Realm.NETDESK, "underwriter2", Set.of("underwriter")),
    FUNDS1(Realm.NETDESK, "funds1", Set.of("funds")),
    ADMIN1(Realm.NETDESK, "admin1", Set.of("surety_admin")),
    OPS1(Realm.NETDESK, "ops1", Set.of("ops")),
    OMITAMA(Realm.DSURE, "omitama", Set.of("orderer")),
    KASHIWA(Realm.DSURE, "kashiwa", Set.of("orderer")),
    OMITAMA_ADMIN(Realm.DSURE, "omitama-admin", Set.of("orderer", "orderer_admin")),
    REGISTRY_ADMIN(Realm.DSURE, "registry-admin", Set.of("registry_admin"));

    static final String PASSWORD = "demo";

    private record Cached(String token, Instant until) {
    }

    private static final Map<Principal, Cached> TOKENS = new ConcurrentHashMap<>();

    final Realm realm;
    final String username;
    final Set<String> roles;

    Principal(Realm realm, String username, Set<String> roles) {
        this.realm = realm;
        this.username = username;
        this.roles = roles;
    }

    /** The bearer token, or null for anonymous. */
    String token() {
        if (realm == null) {
            return null;
        }
        synchronized (TOKENS) {
            return cachedToken();
        }
    }

    private String cachedToken() {
        Cached c = TOKENS.get(this);
        if (c == null || Instant.now().isAfter(c.until())) {
            c = new Cached(freshToken(realm, username), Instant.now().plus(Duration.ofMinutes(10)));
            TOKENS.put(this, c);
        }
        return c.token();
    }

    static String freshToken(Realm realm, String username) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "esurety-cli")
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .when().post(Stack.endpoints().tokenUrl(realm))
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The first demo user of this realm holding one of the roles (the fuzz test's caller), if any. */
    static java.util.Optional<Principal> holding(Realm realm, java.util.Collection<String> anyOf) {
        for (Principal p : values()) {
            if (p.realm == realm && p != CONTRACTOR2 && p != KASHIWA && anyOf.stream().anyMatch(p.roles::contains)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    String label() {
        return realm == null ? "anonymous" : username;
    }
}
