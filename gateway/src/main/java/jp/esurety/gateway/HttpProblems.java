package jp.esurety.gateway;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The gateway's own resources ({@code /session}, {@code /login}) refuse a request they cannot serve (an
 * {@code Accept} they cannot produce, a method they do not have) with a problem, like every other error of the system,
 * not with a bare status. Found by the API fuzz test (deploy/system-tests ApiFuzzIT).
 *
 * <p>Only these three: a {@code NotFoundException} for an unmatched path must stay unhandled, so that Quinoa's SPA
 * routing answers a deep link like {@code /contracts} with the SPA's {@code index.html}.
 */
public class HttpProblems {

    @ServerExceptionMapper({NotAcceptableException.class, NotAllowedException.class, NotSupportedException.class})
    public Response http(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        Response.ResponseBuilder problem = Problems.builder(status, title, null);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> problem.header(name, v));
            }
        });
        return problem.build();
    }
}
