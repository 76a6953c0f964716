package jp.esurety.local;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import jp.esurety.local.DemoUsers.DemoUser;

/** What the launcher prints once everything is up: where to click, whom to log in as, where data and logs are. */
final class Banner {

    private Banner() {
    }

    static String text(StackEndpoints endpoints, Set<Service> services, Duration startup) {
        StringBuilder text = new StringBuilder();
        text.append("\n  e-Surety local stack is up (").append(startup.toSeconds()).append(" s)\n\n");
        if (services.contains(Service.GATEWAY)) {
            line(text, "Net Desk (gateway)", endpoints.gatewayUrl().toString());
        }
        if (services.contains(Service.REGISTRY)) {
            line(text, "D-Sure portal", endpoints.registryUrl().toString());
        }
        line(text, "Keycloak admin", endpoints.keycloakUrl() + "/admin  (" + KeycloakServer.ADMIN_USERNAME + " / "
                + KeycloakServer.ADMIN_PASSWORD + ")");
        line(text, "Mail inbox (HTTP)", endpoints.mailApiUrl() + "/api/user/<address>/messages/INBOX");
        line(text, "Mail (SMTP / IMAP)", endpoints.mailHost() + ":" + endpoints.smtpPort() + " / "
                + endpoints.mailHost() + ":" + endpoints.imapPort() + "  (IMAP: the address, any password)");
        for (Service service : services) {
            line(text, service.module(), endpoints.serviceUrl(service) + "  (/q/swagger-ui, /q/health)");
        }
        if (services.isEmpty()) {
            line(text, "Services", "not started (infrastructure only)");
        }
        line(text, "PostgreSQL", endpoints.jdbcUrl("<database>") + "  (" + endpoints.databaseUsername() + " / "
                + endpoints.databasePassword() + ")");
        line(text, "Kafka", endpoints.kafkaBootstrapServers());
        text.append("\n  Demo users (log in with the password shown)\n");
        text.append(String.format("    %-8s %-15s %-5s %-27s %-22s %s%n", "realm", "user", "pass", "roles",
                "attributes", "name"));
        for (DemoUser user : DemoUsers.all()) {
            text.append(String.format("    %-8s %-15s %-5s %-27s %-22s %s%n", user.realm().realmName(),
                    user.username(), user.password(), String.join(",", user.roles()), attributes(user),
                    user.displayName()));
        }
        text.append('\n');
        line(text, "Data", endpoints.dataDir() + "  (delete it to start afresh)");
        line(text, "Logs", endpoints.logsDir().toString());
        text.append("\n  Press Ctrl-C to stop everything.\n");
        return text.toString();
    }

    private static String attributes(DemoUser user) {
        return user.attributes().entrySet().stream()
                .map(attribute -> attribute.getKey() + "=" + attribute.getValue())
                .collect(Collectors.joining(","));
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("  %-22s %s%n", label, value));
    }
}
