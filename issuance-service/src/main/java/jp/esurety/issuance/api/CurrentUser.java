package jp.esurety.issuance.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jp.esurety.issuance.service.Staff;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who calls: the contractor (claim {@code contractor_id}) or a staff member (role, claim {@code branch_code}). */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public CurrentUser(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    public String contractorId() {
        String id = token.getClaim("contractor_id");
        if (id == null || id.isBlank()) {
            throw new ForbiddenException("token without contractor_id");
        }
        return id;
    }

    /** A staff member of one branch acting in {@code role} (underwriter, funds). */
    public Staff branchStaff(String role) {
        String branch = token.getClaim("branch_code");
        if (branch == null || branch.isBlank()) {
            throw new ForbiddenException("token without branch_code");
        }
        return new Staff(name(), role, branch);
    }

    /** A surety_admin (company-wide). */
    public Staff admin() {
        return new Staff(name(), "surety_admin", null);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    private String name() {
        String name = token.getClaim("preferred_username");
        return name == null ? token.getSubject() : name;
    }
}
