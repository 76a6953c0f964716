package jp.esurety.application.api;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The contractor the caller acts for: the {@code contractor_id} claim of its token. */
@RequestScoped
public class CurrentContractor {

    private final JsonWebToken token;

    public CurrentContractor(JsonWebToken token) {
        this.token = token;
    }

    public String id() {
        String id = token.getClaim("contractor_id");
        if (id == null || id.isBlank()) {
            throw new ForbiddenException("token without contractor_id");
        }
        return id;
    }
}
