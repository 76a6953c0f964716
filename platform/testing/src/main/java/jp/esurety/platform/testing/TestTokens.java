package jp.esurety.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Access tokens signed by {@link OidcTestResource}'s key, shaped like Keycloak's: realm roles in
 * {@code realm_access.roles} (not {@code groups}, so code that reads roles from the wrong claim fails in tests too)
 * and the claims our services authorise by: {@code contractor_id}, {@code branch_code}, {@code orderer_id}.
 */
public final class TestTokens {

    private TestTokens() {
    }

    public static String contractor(String contractorId) {
        return token("contractor-" + contractorId, Set.of("contractor"), Map.of("contractor_id", contractorId));
    }

    public static String underwriter(String branchCode) {
        return token("underwriter-" + branchCode, Set.of("underwriter"), Map.of("branch_code", branchCode));
    }

    public static String orderer(String ordererId) {
        return token("orderer-" + ordererId, Set.of("orderer"), Map.of("orderer_id", ordererId));
    }

    public static String token(String username, Set<String> roles, Map<String, String> claims) {
        JwtClaimsBuilder builder = Jwt.preferredUserName(username)
                .subject(username)
                .claim("realm_access", Map.of("roles", List.copyOf(roles)))
                .issuer("https://server.example.com")
                .audience("https://service.example.com");
        claims.forEach(builder::claim);
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }
}
