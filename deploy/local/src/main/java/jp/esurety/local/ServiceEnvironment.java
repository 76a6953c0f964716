package jp.esurety.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import jp.esurety.local.KeyMaterial.Secrets;

/**
 * The one table of the configuration each service gets from the local stack, as environment variables (Quarkus
 * maps {@code QUARKUS_HTTP_PORT} to {@code quarkus.http.port}, {@code ESURETY_KEYS_DIR} to {@code esurety.keys-dir}
 * and so on). {@code deploy/local/README.md} documents it.
 */
final class ServiceEnvironment {

    private static final Predicate<Service> ALL = service -> true;
    private static final Predicate<Service> WITH_DATABASE = service -> service.database().isPresent();
    private static final Predicate<Service> WITH_KEYS = service -> service.keysFolder().isPresent();
    private static final Predicate<Service> SENDING_MAIL = Service::sendsMail;
    private static final Predicate<Service> GATEWAY = service -> service == Service.GATEWAY;
    /** Confidential OIDC clients that log users in with the code flow. */
    private static final Predicate<Service> WEB_CLIENTS = GATEWAY.or(service -> service == Service.REGISTRY);

    private static final List<Variable> TABLE = List.of(
            new Variable("QUARKUS_HTTP_PORT", ALL, (service, stack) -> port(stack, service)),
            new Variable("QUARKUS_DATASOURCE_JDBC_URL", WITH_DATABASE,
                    (service, stack) -> stack.endpoints.jdbcUrl(service.database().orElseThrow())),
            new Variable("QUARKUS_DATASOURCE_USERNAME", WITH_DATABASE,
                    (service, stack) -> stack.endpoints.databaseUsername()),
            new Variable("QUARKUS_DATASOURCE_PASSWORD", WITH_DATABASE,
                    (service, stack) -> stack.endpoints.databasePassword()),
            new Variable("KAFKA_BOOTSTRAP_SERVERS", ALL,
                    (service, stack) -> stack.endpoints.kafkaBootstrapServers()),
            new Variable("QUARKUS_OIDC_AUTH_SERVER_URL", ALL,
                    (service, stack) -> stack.endpoints.realmUrl(service.realm()).toString()),
            new Variable("QUARKUS_OIDC_CLIENT_ID", WEB_CLIENTS,
                    (service, stack) -> service == Service.GATEWAY ? "gateway" : "dsure-portal"),
            new Variable("QUARKUS_OIDC_CREDENTIALS_SECRET", WEB_CLIENTS,
                    (service, stack) -> service == Service.GATEWAY ? stack.secrets.gatewayClientSecret()
                            : stack.secrets.dsurePortalClientSecret()),
            new Variable("ESURETY_KEYS_DIR", WITH_KEYS,
                    (service, stack) -> stack.endpoints.keysDir().resolve(service.keysFolder().orElseThrow())
                            .toString()),
            new Variable("QUARKUS_MAILER_HOST", SENDING_MAIL, (service, stack) -> stack.endpoints.mailHost()),
            new Variable("QUARKUS_MAILER_PORT", SENDING_MAIL,
                    (service, stack) -> String.valueOf(stack.endpoints.smtpPort())),
            new Variable("ESURETY_DEMO_DATA", ALL, (service, stack) -> "true"),
            new Variable("ESURETY_PUBLIC_GATEWAY_URL", ALL,
                    (service, stack) -> stack.endpoints.gatewayUrl().toString()),
            new Variable("ESURETY_PUBLIC_REGISTRY_URL", ALL,
                    (service, stack) -> stack.endpoints.registryUrl().toString()),
            new Variable("ESURETY_GATEWAY_ROUTES_APPLICATION", GATEWAY,
                    (service, stack) -> stack.endpoints.serviceUrl(Service.APPLICATION).toString()),
            new Variable("ESURETY_GATEWAY_ROUTES_ISSUANCE", GATEWAY,
                    (service, stack) -> stack.endpoints.serviceUrl(Service.ISSUANCE).toString()),
            new Variable("ESURETY_GATEWAY_ROUTES_NOTIFICATION", GATEWAY,
                    (service, stack) -> stack.endpoints.serviceUrl(Service.NOTIFICATION).toString()),
            new Variable("ESURETY_GATEWAY_COOKIE_SECRET", GATEWAY,
                    (service, stack) -> stack.secrets.gatewayCookieSecret()));

    private ServiceEnvironment() {
    }

    /**
     * @return the environment variables for {@code service}, in the order of the table
     */
    static Map<String, String> of(Service service, StackEndpoints endpoints, Secrets secrets) {
        Stack stack = new Stack(endpoints, secrets);
        Map<String, String> environment = new LinkedHashMap<>();
        for (Variable variable : TABLE) {
            if (variable.appliesTo().test(service)) {
                environment.put(variable.name(), variable.value().apply(service, stack));
            }
        }
        return environment;
    }

    private static String port(Stack stack, Service service) {
        return String.valueOf(stack.endpoints.ports().service(service));
    }

    private record Stack(StackEndpoints endpoints, Secrets secrets) {
    }

    private record Variable(String name, Predicate<Service> appliesTo, BiFunction<Service, Stack, String> value) {
    }
}
