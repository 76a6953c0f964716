package jp.esurety.issuance.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jp.esurety.issuance.config.IssuanceKeys;
import jp.esurety.issuance.persistence.AuthenticationKeyEntity;
import jp.esurety.issuance.testsupport.IssuanceTestBase;
import jp.esurety.issuance.testsupport.Submissions;
import jp.esurety.platform.crypto.SecretBox;
import jp.esurety.platform.crypto.SymmetricKeys;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * KEK rotation (docs/operations.md): a key boxed under the retired KEK still opens for its owner, is rewrapped under
 * the active KEK by ops' request, and then nothing is left under the retired one.
 */
@QuarkusTest
@TestProfile(KekRotationTest.RetiredKek.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "issuance"))
class KekRotationTest extends IssuanceTestBase {

    static final String RETIRED = "kek-0";

    /** A deployment after a rotation: kek.key is the new KEK, the old one kept as kek.kek-0.key. */
    public static class RetiredKek implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Path file = retiredKekFile();
            if (!Files.exists(file)) {
                SymmetricKeys.write(file, SymmetricKeys.generate());
            }
            return Map.of("esurety.issuance.retired-kek-ids", RETIRED);
        }
    }

    static Path retiredKekFile() {
        return KeyMaterialTestResource.root().resolve("issuance").resolve("kek." + RETIRED + ".key");
    }

    @Inject
    IssuanceKeys keys;

    @Test
    void aKeyUnderTheRetiredKekStillOpensAndIsRewrappedUnderTheActiveOne() {
        String number = Submissions.awaitContract(submissions.submit(d -> { }).lineId()).contractNumber;
        String key = given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/contracts/" + number)
                .then().statusCode(200).extract().path("authenticationKey");
        // as it was stored before the rotation
        byte[] aad = number.getBytes(StandardCharsets.US_ASCII);
        SecretBox old = new SecretBox(RETIRED, SymmetricKeys.read(retiredKekFile()));
        QuarkusTransaction.requiringNew().run(() -> AuthenticationKeyEntity.<AuthenticationKeyEntity>findById(number)
                .boxedKey = old.encrypt(key.getBytes(StandardCharsets.US_ASCII), aad));

        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/contracts/" + number)
                .then().statusCode(200).body("authenticationKey", equalTo(key));
        String ops = TestTokens.token("ops1", Set.of("ops"), Map.of());
        given().auth().oauth2(ops).get("/api/ops/kek-rotation")
                .then().statusCode(200).body("activeKekId", equalTo("kek-1")).body("remaining", greaterThanOrEqualTo(1));

        given().auth().oauth2(ops).post("/api/ops/kek-rotation")
                .then().statusCode(200).body("rewrapped", greaterThanOrEqualTo(1)).body("remaining", equalTo(0));

        String boxed = QuarkusTransaction.requiringNew()
                .call(() -> AuthenticationKeyEntity.<AuthenticationKeyEntity>findById(number).boxedKey);
        assertThat(SecretBox.kekIdOf(boxed)).isEqualTo("kek-1");
        assertThat(new String(keys.keyBox().decrypt(boxed, aad), StandardCharsets.US_ASCII)).isEqualTo(key);
        given().auth().oauth2(TestTokens.contractor("C0001")).get("/api/contracts/" + number)
                .then().statusCode(200).body("authenticationKey", equalTo(key));
    }

    @Test
    void onlyOpsMayRotate() {
        given().auth().oauth2(TestTokens.contractor("C0001")).post("/api/ops/kek-rotation").then().statusCode(403);
        given().auth().oauth2(TestTokens.underwriter("10101")).get("/api/ops/kek-rotation").then().statusCode(403);
    }
}
