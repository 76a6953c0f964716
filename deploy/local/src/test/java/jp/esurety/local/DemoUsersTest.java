package jp.esurety.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.esurety.local.DemoUsers.DemoUser;

class DemoUsersTest {

    @Test
    void theRealmsHoldTheDemoUsersWithRolesAndOwnershipAttributes() {
        List<DemoUser> users = DemoUsers.all();

        assertThat(users).extracting(DemoUser::realm, DemoUser::username, DemoUser::roles, DemoUser::attributes)
                .containsExactly(
                        tuple(Realm.NETDESK, "contractor1", List.of("contractor"), Map.of("contractor_id", "C0001")),
                        tuple(Realm.NETDESK, "contractor2", List.of("contractor"), Map.of("contractor_id", "C0002")),
                        tuple(Realm.NETDESK, "underwriter1", List.of("underwriter"), Map.of("branch_code", "10101")),
                        tuple(Realm.NETDESK, "underwriter2", List.of("underwriter"), Map.of("branch_code", "10201")),
                        tuple(Realm.NETDESK, "admin1", List.of("surety_admin"), Map.of()),
                        tuple(Realm.NETDESK, "funds1", List.of("funds"), Map.of("branch_code", "10101")),
                        tuple(Realm.NETDESK, "ops1", List.of("ops"), Map.of()),
                        tuple(Realm.DSURE, "omitama", List.of("orderer"), Map.of("orderer_id", "ORD-082368")),
                        tuple(Realm.DSURE, "kashiwa", List.of("orderer"), Map.of("orderer_id", "ORD-122173")),
                        tuple(Realm.DSURE, "omitama-admin", List.of("orderer", "orderer_admin"),
                                Map.of("orderer_id", "ORD-082368")),
                        tuple(Realm.DSURE, "registry-admin", List.of("registry_admin"), Map.of()));
        assertThat(users).extracting(DemoUser::password).containsOnly("demo");
    }
}
