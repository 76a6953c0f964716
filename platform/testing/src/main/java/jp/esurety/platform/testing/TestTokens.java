package jp.esurety.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.util.Map;
import java.util.Set;

/**
 * Access tokens signed by {@link OidcTestResource}'s key, with the roles (as {@code groups}) and the claims our
 * services authorise by: {@code contractor_id}, {@code branch_code}, {@code orderer_id}.
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
                .groups(roles)
                .issuer("https://server.example.com")
                .audience("https://service.example.com");
        claims.forEach(builder::claim);
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }
}
