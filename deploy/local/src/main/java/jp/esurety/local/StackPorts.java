package jp.esurety.local;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The TCP ports of the local stack: fixed defaults, all shifted by one offset so that a second stack (e.g. the
 * system tests') can run beside the one a developer started.
 *
 * @param offset added to every default port
 */
public record StackPorts(int offset) {

    static final int KEYCLOAK = 8180;
    static final int KEYCLOAK_MANAGEMENT = 9000;
    static final int POSTGRES = 15432;
    static final int KAFKA = 19092;
    static final int SMTP = 3025;
    static final int IMAP = 3143;
    static final int MAIL_API = 8025;

    public StackPorts {
        // SMTP has the lowest default port, Kafka the highest
        if (SMTP + offset < 1024 || KAFKA + offset > 65535) {
            throw new IllegalArgumentException("port offset " + offset + " moves ports outside 1024-65535");
        }
    }

    /** @return the HTTP port of a service */
    public int service(Service service) {
        return service.defaultPort() + offset;
    }

    /** @return Keycloak's HTTP port (realms, admin console) */
    public int keycloak() {
        return KEYCLOAK + offset;
    }

    /** @return Keycloak's management port ({@code /health/ready}) */
    public int keycloakManagement() {
        return KEYCLOAK_MANAGEMENT + offset;
    }

    /** @return PostgreSQL's port */
    public int postgres() {
        return POSTGRES + offset;
    }

    /** @return the Kafka broker's client port */
    public int kafka() {
        return KAFKA + offset;
    }

    /** @return the SMTP port */
    public int smtp() {
        return SMTP + offset;
    }

    /** @return the IMAP port */
    public int imap() {
        return IMAP + offset;
    }

    /** @return the port of the mail server's read-only HTTP inbox */
    public int mailApi() {
        return MAIL_API + offset;
    }

    /**
     * @param services the services that will run
     * @return every port the stack will bind, by what binds it, infrastructure first
     */
    Map<String, Integer> toBind(Set<Service> services) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("PostgreSQL", postgres());
        ports.put("Kafka", kafka());
        ports.put("SMTP", smtp());
        ports.put("IMAP", imap());
        ports.put("mail HTTP inbox", mailApi());
        ports.put("Keycloak", keycloak());
        ports.put("Keycloak management", keycloakManagement());
        services.forEach(service -> ports.put(service.module(), service(service)));
        return ports;
    }
}
