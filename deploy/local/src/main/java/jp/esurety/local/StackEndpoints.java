package jp.esurety.local;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the parts of a running local stack are reached, for the services' configuration and for tests.
 *
 * @param ports            the stack's ports
 * @param databaseUsername PostgreSQL user (superuser of the embedded server)
 * @param databasePassword its password
 * @param mailHost         the address SMTP and IMAP listen on
 * @param dataDir          the data folder
 */
public record StackEndpoints(StackPorts ports, String databaseUsername, String databasePassword, String mailHost,
                             Path dataDir) {

    private static final String HOST = "localhost";

    /** @return the gateway (Net Desk in the browser), e.g. {@code http://localhost:8080} */
    public URI gatewayUrl() {
        return serviceUrl(Service.GATEWAY);
    }

    /** @return the D-Sure registry service and its portal, e.g. {@code http://localhost:8083} */
    public URI registryUrl() {
        return serviceUrl(Service.REGISTRY);
    }

    /** @return a service's base URL */
    public URI serviceUrl(Service service) {
        return http(ports.service(service));
    }

    /** @return Keycloak, e.g. {@code http://localhost:8180}; the admin console is under {@code /admin} */
    public URI keycloakUrl() {
        return http(ports.keycloak());
    }

    /** @return the realm's URL, which is also the issuer of its tokens and the services' OIDC server URL */
    public URI realmUrl(Realm realm) {
        return URI.create(keycloakUrl() + "/realms/" + realm.realmName());
    }

    /** @return the realm's token endpoint (password grant with client {@code esurety-cli}) */
    public URI tokenUrl(Realm realm) {
        return URI.create(realmUrl(realm) + "/protocol/openid-connect/token");
    }

    /** @return {@code jdbc:postgresql://localhost:<port>/<database>} */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + ports.postgres() + "/" + database;
    }

    /** @return the Kafka {@code bootstrap.servers} */
    public String kafkaBootstrapServers() {
        return HOST + ":" + ports.kafka();
    }

    /** @return the SMTP port on {@link #mailHost()} */
    public int smtpPort() {
        return ports.smtp();
    }

    /** @return the IMAP port on {@link #mailHost()}; log in with a recipient's address and any password */
    public int imapPort() {
        return ports.imap();
    }

    /** @return the read-only HTTP inbox: {@code GET <this>/api/user/<address>/messages/INBOX} */
    public URI mailApiUrl() {
        return URI.create("http://" + mailHost + ":" + ports.mailApi());
    }

    /** @return {@code <data>/keys}, one folder per service */
    public Path keysDir() {
        return dataDir.resolve("keys");
    }

    /** @return {@code <data>/logs}: one log per child process, {@code infrastructure.log} for the rest */
    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    private static URI http(int port) {
        return URI.create("http://" + HOST + ":" + port);
    }
}
