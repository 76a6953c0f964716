package jp.esurety.registry.api;

import io.vertx.core.http.HttpServerRequest;
import jp.esurety.platform.problem.ProblemException;
import jp.esurety.registry.domain.LookupOutcome;
import jp.esurety.registry.service.CertificateViews;
import jp.esurety.registry.service.LookingUpCertificate;
import jp.esurety.registry.service.ManagingOrdererUsers;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who calls (from the token and the connection) and how lookup refusals are answered. */
final class Callers {

    static final String NOT_FOUND = "保証契約番号または認証キーが正しくありません。";
    static final String LOCKED = "この保証契約番号は、誤った入力が続いたため30分間照会できません。しばらくしてから再度お試しください。";
    static final String RATE_LIMITED = "照会の回数が上限を超えました。しばらくしてから再度お試しください。";

    private Callers() {
    }

    static LookingUpCertificate.Caller of(JsonWebToken token, HttpServerRequest request, String channel) {
        String username = token.getName() != null ? token.getName() : token.getSubject();
        String email = token.getClaim("email");
        String ip = request == null || request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        return new LookingUpCertificate.Caller(username, token.getClaim("orderer_id"), email, ip, channel);
    }

    static ProblemException refusal(LookupOutcome outcome) {
        return switch (outcome) {
            case LOCKED -> new ProblemException(429, "urn:esurety:problem:rule:lookup-locked",
                    "照会停止中 (Too many failed attempts)", LOCKED, java.util.List.of());
            case RATE_LIMITED -> new ProblemException(429, "urn:esurety:problem:rule:lookup-rate-limit",
                    "照会回数の上限 (Too many requests)", RATE_LIMITED, java.util.List.of());
            case USER_DISABLED -> new ProblemException(403, "urn:esurety:problem:rule:user-disabled",
                    "利用できないアカウント (User disabled)", ManagingOrdererUsers.DISABLED, java.util.List.of());
            default -> ProblemException.notFound(NOT_FOUND);
        };
    }

    static CertificateViews.CertificateView viewOrThrow(LookingUpCertificate.Result result) {
        return result.found().orElseThrow(() -> refusal(result.outcome()));
    }
}
