package jp.esurety.application.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jp.esurety.application.service.ApplicationQueries;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller from its token (rule 7): a contractor acts for the company of its {@code contractor_id} claim; staff
 * (role {@code underwriter}) read the applications of the branch of their {@code branch_code} claim.
 */
@RequestScoped
public class CurrentContractor {

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public CurrentContractor(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    public String id() {
        return claim("contractor_id");
    }

    /** The signed-in user's name (Keycloak's preferred_username), recorded with what the user sends. */
    public String userName() {
        return identity.getPrincipal().getName();
    }

    /** Whose applications the caller may read. */
    public ApplicationQueries.Reader reader() {
        if (identity.hasRole("contractor")) {
            return ApplicationQueries.Reader.contractor(id());
        }
        return ApplicationQueries.Reader.branch(claim("branch_code"));
    }

    private String claim(String name) {
        String value = token.getClaim(name);
        if (value == null || value.isBlank()) {
            throw new ForbiddenException("token without " + name);
        }
        return value;
    }
}
