package jp.esurety.registry.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.MailTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import jp.esurety.registry.IssuanceEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static jp.esurety.registry.IssuanceEvents.KASHIWA;
import static jp.esurety.registry.IssuanceEvents.KEY;
import static jp.esurety.registry.IssuanceEvents.OMITAMA;
import static jp.esurety.registry.IssuanceEvents.lookup;
import static jp.esurety.registry.IssuanceEvents.ordererToken;
import static jp.esurety.registry.IssuanceEvents.randomIp;
import static jp.esurety.registry.IssuanceEvents.uniqueUser;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Each orderer organisation's user roster in the registry: Keycloak authenticates, the roster admits. The
 * organisation's admin lists, adds and disables its own users; a disabled user is refused on every lookup and open.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(MailTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "registry"))
class OrdererRosterTest {

    @Inject
    EventProducer producer;
    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper mapper;

    String number;

    static String admin(String name, String ordererId) {
        return TestTokens.token(name, Set.of("orderer_admin"), Map.of("orderer_id", ordererId));
    }

    @BeforeEach
    void setUp() {
        number = IssuanceEvents.nextContractNumber();
        new IssuanceEvents(producer, codec, mapper).issued(number, OMITAMA);
        await().atMost(Duration.ofSeconds(90)).until(() ->
                lookup(ordererToken(uniqueUser("probe"), OMITAMA, null), randomIp(), number, KEY).statusCode() == 200);
    }

    @Test
    void aDisabledUserIsRefusedOnEveryLookupAndEveryOpenUntilEnabledAgain() {
        String user = uniqueUser("omitama-clerk");
        String token = ordererToken(user, OMITAMA, null);
        String omitamaAdmin = admin(uniqueUser("omitama-admin"), OMITAMA);
        lookup(token, randomIp(), number, KEY).then().statusCode(200);
        given().auth().oauth2(token).formParam("contractNumber", number).formParam("authenticationKey", KEY)
                .post("/portal/lookup").then().statusCode(200);

        given().auth().oauth2(omitamaAdmin).post("/api/v1/orderers/" + OMITAMA + "/users/" + user + "/disable")
                .then().statusCode(200).body("enabled", equalTo(false));

        lookup(token, randomIp(), number, KEY).then().statusCode(403)
                .body("type", equalTo("urn:esurety:problem:rule:user-disabled"))
                .body("detail", equalTo("このアカウントは利用できません。所属する発注者の管理者にお問い合わせください。"));
        given().auth().oauth2(token).formParam("contractNumber", number).formParam("authenticationKey", KEY)
                .post("/portal/lookup").then().statusCode(403);
        given().auth().oauth2(token).get("/portal/certificates/" + number).then().statusCode(404);
        given().auth().oauth2(token).get("/portal/certificates/" + number + "/certificate.pdf").then().statusCode(404);
        given().auth().oauth2(TestTokens.token("staff", Set.of("registry_admin"), Map.of()))
                .get("/api/v1/admin/audit-entries?username=" + user + "&outcome=USER_DISABLED").then().statusCode(200)
                .body("action", hasItem("LOOKUP")).body("action", hasItem("PAGE")).body("action", hasItem("PDF"));

        given().auth().oauth2(omitamaAdmin).post("/api/v1/orderers/" + OMITAMA + "/users/" + user + "/enable")
                .then().statusCode(200).body("enabled", equalTo(true));
        lookup(token, randomIp(), number, KEY).then().statusCode(200);
    }

    @Test
    void aUserFirstSeenWithAValidTokenJoinsItsOrganisationsRoster() {
        String user = uniqueUser("omitama-new");
        lookup(ordererToken(user, OMITAMA, "new@city.omitama.example.jp"), randomIp(), number, KEY).then().statusCode(200);
        given().auth().oauth2(admin(uniqueUser("omitama-admin"), OMITAMA)).get("/api/v1/orderers/" + OMITAMA + "/users")
                .then().statusCode(200)
                .body("find { it.username == '" + user + "' }.source", equalTo("TOKEN"))
                .body("find { it.username == '" + user + "' }.email", equalTo("new@city.omitama.example.jp"))
                .body("find { it.username == '" + user + "' }.enabled", equalTo(true));
    }

    @Test
    void aRosterUserPresentingAnotherOrganisationsTokenIsRefused() {
        String user = uniqueUser("omitama-staff");
        given().auth().oauth2(admin(uniqueUser("omitama-admin"), OMITAMA)).contentType(ContentType.JSON)
                .body(Map.of("username", user, "displayName", "小美玉 太郎")).post("/api/v1/orderers/" + OMITAMA + "/users")
                .then().statusCode(200).body("source", equalTo("ADMIN")).body("ordererId", equalTo(OMITAMA));
        lookup(ordererToken(user, KASHIWA, null), randomIp(), number, KEY).then().statusCode(403);
        lookup(ordererToken(user, OMITAMA, null), randomIp(), number, KEY).then().statusCode(200);
    }

    @Test
    void anOrdererAdminManagesOnlyItsOwnOrganisationsUsers() {
        String user = uniqueUser("omitama-only");
        lookup(ordererToken(user, OMITAMA, null), randomIp(), number, KEY).then().statusCode(200);
        String kashiwaAdmin = admin(uniqueUser("kashiwa-admin"), KASHIWA);
        given().auth().oauth2(kashiwaAdmin).get("/api/v1/orderers/" + OMITAMA + "/users").then().statusCode(404);
        given().auth().oauth2(kashiwaAdmin).post("/api/v1/orderers/" + OMITAMA + "/users/" + user + "/disable")
                .then().statusCode(404);
        given().auth().oauth2(kashiwaAdmin).post("/api/v1/orderers/" + KASHIWA + "/users/" + user + "/disable")
                .then().statusCode(404);
        given().auth().oauth2(kashiwaAdmin).get("/api/v1/orderers/" + KASHIWA + "/users").then().statusCode(200)
                .body("username", not(hasItem(user)));
        given().auth().oauth2(ordererToken(user, OMITAMA, null)).get("/api/v1/orderers/" + OMITAMA + "/users")
                .then().statusCode(403);
    }

    @Test
    void anOrdererAdminCannotDisableThemselves() {
        String name = uniqueUser("omitama-admin");
        String token = admin(name, OMITAMA);
        lookup(token, randomIp(), number, KEY).then().statusCode(200);
        given().auth().oauth2(token).post("/api/v1/orderers/" + OMITAMA + "/users/" + name + "/disable")
                .then().statusCode(422).body("errors[0].message", equalTo("自分自身のアカウントは無効にできません。"));
    }

    @Test
    void aNewUserWithABadIdOrMailAddressIsRefusedWithJapaneseFieldMessages() {
        given().auth().oauth2(admin(uniqueUser("omitama-admin"), OMITAMA)).contentType(ContentType.JSON)
                .body(Map.of("username", "a b", "email", "nope")).post("/api/v1/orderers/" + OMITAMA + "/users")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("username", "email"))
                .body("errors[1].message", equalTo("メールアドレスの形式が正しくありません。"));
    }
}
