package jp.esurety.issuance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.esurety.issuance.messaging.IssuanceEvents;

import java.util.List;

/** The contractor register's JV memberships, stored as a JSON array. */
final class JointVentures {

    private static final TypeReference<List<IssuanceEvents.JointVentureMembership>> TYPE = new TypeReference<>() {
    };

    private JointVentures() {
    }

    static List<IssuanceEvents.JointVentureMembership> read(ObjectMapper mapper, String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(mapper.readValue(json, TYPE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JV memberships are unreadable", e);
        }
    }

    static String write(ObjectMapper mapper, List<IssuanceEvents.JointVentureMembership> memberships) {
        try {
            return mapper.writeValueAsString(memberships == null ? List.of() : memberships);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
