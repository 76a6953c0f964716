package jp.esurety.registry.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jp.esurety.platform.crypto.Pem;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.MailTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import jp.esurety.registry.IssuanceEvents;
import jp.esurety.registry.Rfc9162Verifier;
import jp.esurety.registry.persistence.RegisteredCertificateEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static jp.esurety.registry.IssuanceEvents.OMITAMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Merkle log, checked as an outside auditor would: only the HTTP answers and RFC 9162's algorithms. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(MailTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "registry"))
class MerkleLogTest {

    static final Base64.Decoder B64 = Base64.getDecoder();

    @Inject
    EventProducer producer;
    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper mapper;
    @Inject
    EntityManager em;

    IssuanceEvents issuance;
    String auditor = TestTokens.token("auditor-1", java.util.Set.of("auditor"), java.util.Map.of());

    @BeforeEach
    void setUp() {
        issuance = new IssuanceEvents(producer, codec, mapper);
    }

    private String registered() {
        String number = IssuanceEvents.nextContractNumber();
        issuance.issued(number, OMITAMA);
        await().atMost(Duration.ofSeconds(90)).until(() -> given().auth().oauth2(auditor)
                .get("/api/v1/log/inclusion/" + number + "/1").statusCode() == 200);
        return number;
    }

    private JsonPath sth() {
        JsonPath sth = given().auth().oauth2(auditor).get("/api/v1/log/sth").then().statusCode(200).extract().jsonPath();
        assertThat(signatureHolds(sth)).as("tree head signature").isTrue();
        return sth;
    }

    private boolean signatureHolds(JsonPath sth) {
        return signatureHolds(sth, "");
    }

    private boolean signatureHolds(JsonPath sth, String prefix) {
        try {
            PublicKey key = Pem.decodePublicKey(given().auth().oauth2(auditor).get("/api/v1/log/public-key").asString());
            Signature ed = Signature.getInstance("Ed25519");
            ed.initVerify(key);
            ed.update(("dsure-log-v1\n" + sth.getLong(prefix + "treeSize") + "\n" + sth.getLong(prefix + "timestamp")
                    + "\n" + sth.getString(prefix + "rootHash")).getBytes(StandardCharsets.US_ASCII));
            return ed.verify(B64.decode(sth.getString(prefix + "signature")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the auditor expects the leaf to be, from the stored version (documented leaf format). */
    private static String expectedLeaf(RegisteredCertificateEntity c) throws Exception {
        String sha = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(c.credential.getBytes(StandardCharsets.UTF_8)));
        return "{\"contractNumber\":\"" + c.contractNumber + "\",\"version\":" + c.version + ",\"registeredAt\":\""
                + DateTimeFormatter.ISO_INSTANT.format(c.registeredAt) + "\",\"issuerId\":\"" + c.issuerId
                + "\",\"credentialSha256\":\"" + sha + "\"}";
    }

    private boolean inclusionHolds(String number) {
        JsonPath proof = given().auth().oauth2(auditor).get("/api/v1/log/inclusion/" + number + "/1")
                .then().statusCode(200).extract().jsonPath();
        byte[] leafHash = Rfc9162Verifier.leafHash(proof.getString("leafData").getBytes(StandardCharsets.UTF_8));
        List<byte[]> path = proof.<String>getList("auditPath").stream().map(B64::decode).toList();
        assertThat(signatureHolds(proof, "treeHead.")).isTrue();
        assertThat(proof.getLong("treeHead.treeSize")).isEqualTo(proof.getLong("treeSize"));
        return Rfc9162Verifier.verifyInclusion(proof.getLong("leafIndex"), proof.getLong("treeSize"), leafHash, path,
                B64.decode(proof.getString("treeHead.rootHash")));
    }

    @Test
    void aRegisteredVersionIsProvablyInTheSignedLog() throws Exception {
        String number = registered();
        assertThat(inclusionHolds(number)).isTrue();
        RegisteredCertificateEntity stored = QuarkusTransaction.requiringNew()
                .call(() -> RegisteredCertificateEntity.version(number, 1).orElseThrow());
        JsonPath proof = given().auth().oauth2(auditor).get("/api/v1/log/inclusion/" + number + "/1").jsonPath();
        assertThat(proof.getString("leafData")).isEqualTo(expectedLeaf(stored));
    }

    @Test
    void anInclusionProofFailsForATamperedRow() {
        String number = registered();
        assertThat(inclusionHolds(number)).isTrue();
        // an insider bypasses the append-only trigger and changes the stored certificate
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("ALTER TABLE registered_certificate DISABLE TRIGGER registered_certificate_append_only")
                    .executeUpdate();
            em.createNativeQuery("UPDATE registered_certificate SET credential = replace(credential, '20000000', "
                    + "'2000000') WHERE contract_number = ?1").setParameter(1, number).executeUpdate();
            em.createNativeQuery("ALTER TABLE registered_certificate ENABLE TRIGGER registered_certificate_append_only")
                    .executeUpdate();
        });
        assertThat(inclusionHolds(number)).isFalse();
    }

    @Test
    void consistencyHoldsAcrossAppends() {
        registered();
        JsonPath before = sth();
        registered();
        registered();
        JsonPath after = sth();
        long first = before.getLong("treeSize");
        long second = after.getLong("treeSize");
        assertThat(second).isGreaterThanOrEqualTo(first + 2);
        List<byte[]> proof = given().auth().oauth2(auditor).queryParam("first", first).queryParam("second", second)
                .get("/api/v1/log/consistency").then().statusCode(200).extract().jsonPath()
                .<String>getList("proof").stream().map(B64::decode).toList();
        assertThat(Rfc9162Verifier.verifyConsistency(first, second, B64.decode(before.getString("rootHash")),
                B64.decode(after.getString("rootHash")), proof)).isTrue();
        // and a forged older head is not consistent with the current one
        byte[] forged = B64.decode(before.getString("rootHash"));
        forged[0] ^= 1;
        assertThat(Rfc9162Verifier.verifyConsistency(first, second, forged, B64.decode(after.getString("rootHash")),
                proof)).isFalse();
    }

    @Test
    void theLogEntriesReplayToTheSignedRoot() {
        registered();
        JsonPath head = sth();
        List<byte[]> leaves = entries(head.getLong("treeSize"));
        assertThat(leaves).hasSize((int) head.getLong("treeSize"));
        assertThat(Rfc9162Verifier.mth(leaves)).isEqualTo(B64.decode(head.getString("rootHash")));
    }

    /** All leaves of a tree of this size, a page (at most 1 000) at a time. */
    private List<byte[]> entries(long size) {
        List<byte[]> leaves = new java.util.ArrayList<>();
        while (leaves.size() < size) {
            List<String> page = given().auth().oauth2(auditor).queryParam("start", leaves.size())
                    .queryParam("end", size).get("/api/v1/log/entries").then().statusCode(200)
                    .extract().jsonPath().getList("leafData");
            assertThat(page).isNotEmpty();
            page.forEach(s -> leaves.add(s.getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    @Inject
    MerkleLog log;

    @Test
    void aLogOfMoreThan1000LeavesKeepsItsSubtreeHashesAndStillProvesEveryClaim() {
        JsonPath before = sth();
        String batch = java.util.UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 1030; i++) {
                RegisteredCertificateEntity c = new RegisteredCertificateEntity();
                c.contractNumber = "LOAD-" + batch + "-" + i;
                c.version = 1;
                c.registeredAt = java.time.Instant.parse("2026-12-01T00:00:00Z").plusSeconds(i);
                c.issuerId = "https://surety.esurety.example.jp/issuers/higashi-nihon";
                c.credential = "{\"n\":" + i + "}";
                log.append(c);
            }
        });
        JsonPath after = sth();
        long size = after.getLong("treeSize");
        assertThat(size).isGreaterThanOrEqualTo(before.getLong("treeSize") + 1030);
        // every complete perfect subtree is stored once (n - popcount(n) inner nodes over n leaves)
        long nodes = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM log_node WHERE node_index * power(2, level) + power(2, level) <= ?1")
                .setParameter(1, size).getSingleResult()).longValue());
        assertThat(nodes).isEqualTo(size - Long.bitCount(size));
        assertThat(Rfc9162Verifier.mth(entries(size))).isEqualTo(B64.decode(after.getString("rootHash")));
        for (int i : new int[]{0, 511, 1029}) {
            JsonPath proof = given().auth().oauth2(auditor).queryParam("treeSize", size)
                    .get("/api/v1/log/inclusion/LOAD-" + batch + "-" + i + "/1").then().statusCode(200).extract().jsonPath();
            assertThat(Rfc9162Verifier.verifyInclusion(proof.getLong("leafIndex"), size,
                    Rfc9162Verifier.leafHash(proof.getString("leafData").getBytes(StandardCharsets.UTF_8)),
                    proof.<String>getList("auditPath").stream().map(B64::decode).toList(),
                    B64.decode(after.getString("rootHash")))).as("leaf %d", i).isTrue();
        }
        if (before.getLong("treeSize") == 0) {
            return;
        }
        List<byte[]> consistency = given().auth().oauth2(auditor).queryParam("first", before.getLong("treeSize"))
                .queryParam("second", size).get("/api/v1/log/consistency").then().statusCode(200).extract()
                .jsonPath().<String>getList("proof").stream().map(B64::decode).toList();
        assertThat(Rfc9162Verifier.verifyConsistency(before.getLong("treeSize"), size,
                B64.decode(before.getString("rootHash")), B64.decode(after.getString("rootHash")), consistency)).isTrue();
    }

}
