package jp.esurety.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The demo users of the realm files, read from the files themselves so the banner never disagrees with them. */
final class DemoUsers {

    private DemoUsers() {
    }

    /**
     * A user to log in as.
     *
     * @param realm       its realm
     * @param username    login name
     * @param password    password
     * @param roles       realm roles
     * @param attributes  attributes that become token claims, e.g. {@code contractor_id}
     * @param displayName family name, then given name
     */
    record DemoUser(Realm realm, String username, String password, List<String> roles,
                    Map<String, String> attributes, String displayName) {
    }

    static List<DemoUser> all() {
        ObjectMapper json = new ObjectMapper();
        List<DemoUser> users = new ArrayList<>();
        for (Realm realm : Realm.values()) {
            try {
                for (JsonNode user : json.readTree(KeycloakServer.realmFile(realm)).path("users")) {
                    users.add(user(realm, user));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the users of realm " + realm.realmName(), e);
            }
        }
        return users;
    }

    private static DemoUser user(Realm realm, JsonNode user) {
        List<String> roles = new ArrayList<>();
        user.path("realmRoles").forEach(role -> roles.add(role.asText()));
        Map<String, String> attributes = new LinkedHashMap<>();
        user.path("attributes").properties().forEach(attribute ->
                attributes.put(attribute.getKey(), attribute.getValue().path(0).asText()));
        String password = user.path("credentials").path(0).path("value").asText();
        String displayName = user.path("lastName").asText() + " " + user.path("firstName").asText();
        return new DemoUser(realm, user.path("username").asText(), password, List.copyOf(roles),
                Map.copyOf(attributes), displayName);
    }
}
