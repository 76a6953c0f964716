package jp.esurety.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jp.esurety.platform.crypto.EddsaJcs2022;
import jp.esurety.platform.crypto.KeyIds;
import jp.esurety.platform.crypto.KeyPairs;
import jp.esurety.platform.crypto.KeySealer;
import jp.esurety.platform.crypto.Pem;
import jp.esurety.platform.crypto.SealedSecret;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventTypes;
import jp.esurety.platform.events.KafkaHeaderNames;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Test side of issuance: signs certificates and publishes issuance's events, as issuance-service would. */
public final class IssuanceEvents {

    public static final String ISSUER = "https://surety.esurety.example.jp/issuers/higashi-nihon";
    public static final String OMITAMA = "ORD-082368";
    public static final String KASHIWA = "ORD-122173";
    public static final String KEY = "Z28YUE4J3Bux";
    public static final String NOT_FOUND = "保証契約番号または認証キーが正しくありません。";
    private static final AtomicInteger SERIAL = new AtomicInteger(
            (int) (System.currentTimeMillis() / 1000 % 400_000) + ThreadLocalRandom.current().nextInt(100_000));

    private final EventProducer producer;
    private final EventCodec codec;
    private final ObjectMapper mapper;

    public IssuanceEvents(EventProducer producer, EventCodec codec, ObjectMapper mapper) {
        this.producer = producer;
        this.codec = codec;
        this.mapper = mapper;
    }

    public static String nextContractNumber() {
        return "10101-" + String.format("%06d", SERIAL.incrementAndGet() % 1_000_000);
    }

    public static PrivateKey issuerSigningKey() {
        return Pem.readPrivateKey(keys().resolve("issuance/signing-ed25519.pem"));
    }

    public static String issuerVerificationMethod() {
        return ISSUER + "#" + KeyIds.of(Pem.readPublicKey(keys().resolve("issuance/signing-ed25519.pub.pem")));
    }

    public static Path keys() {
        return KeyMaterialTestResource.root();
    }

    /** A signed 前払金保証 credential of version {@code version}. */
    public ObjectNode credential(String issuerId, String verificationMethod, PrivateKey signingKey,
                                 String contractNumber, String obligeeId, int version, String versionKind,
                                 long guaranteeAmount, String guaranteeEnd) {
        ObjectNode vc = mapper.createObjectNode();
        vc.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        vc.put("id", "urn:esurety:certificate:" + contractNumber + ":" + version);
        vc.putArray("type").add("VerifiableCredential").add("SuretyCertificate");
        vc.putObject("issuer").put("id", issuerId).put("name", "東日本建設業保証株式会社");
        vc.put("validFrom", "2026-11-23T01:00:00Z");
        ObjectNode subject = vc.putObject("credentialSubject");
        subject.put("contractNumber", contractNumber).put("version", version).put("versionKind", versionKind)
                .put("productType", "ADVANCE_PAYMENT").put("productName", "前払金保証");
        subject.putObject("obligee").put("ordererId", obligeeId).put("name", OMITAMA.equals(obligeeId) ? "小美玉市長" : "柏市");
        subject.putObject("principal").put("contractorId", "C0001").put("name", "株式会社 小美玉建設")
                .put("address", "茨城県小美玉市堅倉835");
        subject.put("guaranteeAmount", guaranteeAmount).put("guaranteeStart", "2026-12-01").put("guaranteeEnd", guaranteeEnd);
        subject.putObject("work").put("name", "小美玉市道1-2345号線道路改良工事").put("ordererWorkNumber", "令和8年度 第123号")
                .put("contractAmount", 50_000_000).put("periodFrom", "2026-12-01").put("periodTo", "2027-03-19")
                .put("contractDate", "2026-11-20");
        subject.put("depositBank", "〇〇銀行 小美玉支店");
        return EddsaJcs2022.sign(vc, signingKey, verificationMethod, Instant.now());
    }

    public ObjectNode credential(String contractNumber, String obligeeId, int version, String versionKind,
                                 long guaranteeAmount) {
        return credential(ISSUER, issuerVerificationMethod(), issuerSigningKey(), contractNumber, obligeeId, version,
                versionKind, guaranteeAmount, "2027-03-31");
    }

    public static Map<String, Object> sealedForRegistry(String contractNumber, String key) {
        byte[] aad = contractNumber.getBytes(StandardCharsets.US_ASCII);
        PublicKey registry = Pem.readPublicKey(keys().resolve("issuance/registry-x25519.pub.pem"));
        SealedSecret sealed = KeySealer.seal(key.getBytes(StandardCharsets.US_ASCII), KeyIds.of(registry), registry, aad);
        return Map.of("recipient", "registry", "alg", sealed.alg(), "kid", sealed.kid(),
                "epk", sealed.epk(), "iv", sealed.iv(), "ct", sealed.ct());
    }

    public UUID issued(String contractNumber, String obligeeId, ObjectNode credential, String format) {
        Map<String, Object> data = new HashMap<>(Map.ofEntries(Map.entry("contractNumber", contractNumber),
                Map.entry("applicationId", UUID.randomUUID().toString()), Map.entry("lineId", UUID.randomUUID().toString()),
                Map.entry("version", 1), Map.entry("versionKind", "NEW"), Map.entry("format", format),
                Map.entry("productType", "ADVANCE_PAYMENT"),
                Map.entry("obligee", Map.of("ordererId", obligeeId, "name", "小美玉市長")),
                Map.entry("contractorId", "C0001"), Map.entry("credential", credential),
                Map.entry("sealedKeys", List.of(sealedForRegistry(contractNumber, KEY))),
                Map.entry("issuedAt", Instant.now().toString())));
        return publish("CertificateIssued", contractNumber, data);
    }

    public UUID issued(String contractNumber, String obligeeId) {
        return issued(contractNumber, obligeeId, credential(contractNumber, obligeeId, 1, "NEW", 20_000_000), "ELECTRONIC");
    }

    public UUID amended(String contractNumber, String obligeeId, int version, int sequence, long amount) {
        Map<String, Object> data = new HashMap<>(Map.ofEntries(Map.entry("contractNumber", contractNumber),
                Map.entry("applicationId", UUID.randomUUID().toString()), Map.entry("lineId", UUID.randomUUID().toString()),
                Map.entry("amendmentApplicationId", UUID.randomUUID().toString()),
                Map.entry("version", version), Map.entry("versionKind", "AMENDMENT"), Map.entry("sequence", sequence),
                Map.entry("changeType", "INCREASE"), Map.entry("format", "ELECTRONIC"),
                Map.entry("productType", "ADVANCE_PAYMENT"),
                Map.entry("obligee", Map.of("ordererId", obligeeId, "name", "小美玉市長")),
                Map.entry("contractorId", "C0001"),
                Map.entry("credential", credential(contractNumber, obligeeId, version, "AMENDMENT", amount)),
                Map.entry("sealedKeys", List.of(sealedForRegistry(contractNumber, KEY))),
                Map.entry("issuedAt", Instant.now().toString())));
        return publish("CertificateAmended", contractNumber, data);
    }

    public UUID corrected(String contractNumber, String obligeeId, int superseded, int version, long amount) {
        Map<String, Object> data = Map.of("contractNumber", contractNumber, "supersededVersion", superseded,
                "version", version,
                "credential", credential(contractNumber, obligeeId, version, "AMENDMENT", amount),
                "reason", "保証金額の誤記訂正", "correctedAt", Instant.now().toString());
        return publish("CertificateCorrected", contractNumber, data);
    }

    public UUID amendmentCancelled(String contractNumber, int version) {
        return publish("AmendmentCancelled", contractNumber, Map.of("contractNumber", contractNumber,
                "cancelledVersion", version, "reason", "変更申込の取消", "cancelledAt", Instant.now().toString()));
    }

    public UUID guaranteeCancelled(String contractNumber) {
        return publish("GuaranteeCancelled", contractNumber, Map.of("contractNumber", contractNumber,
                "cancelledAt", Instant.now().toString(), "reason", "請負契約の解除", "contractorId", "C0001",
                "refund", Map.of("lines", List.of(Map.of("label", "既収保証料", "amount", 48000)), "total", 48000)));
    }

    public UUID keyReissued(String contractNumber, String newKey) {
        return publish("KeyReissued", contractNumber, Map.of("contractNumber", contractNumber,
                "reissuedAt", Instant.now().toString(), "reason", "認証キーの漏えいの申出", "contractorId", "C0001",
                "sealedKeys", List.of(sealedForRegistry(contractNumber, newKey))));
    }

    public UUID publish(String name, String contractNumber, Object data) {
        EventEnvelope event = codec.envelope("/esurety/issuance-service", EventTypes.of("issuance", name),
                contractNumber, Instant.now(), data);
        producer.sendAndWait("issuance-events", contractNumber, codec.serialize(event),
                Map.of(KafkaHeaderNames.EVENT_ID, event.id().toString(), KafkaHeaderNames.EVENT_TYPE, event.type()));
        return event.id();
    }

    // ---- lookups -------------------------------------------------------------------------------------------

    public static String ordererToken(String username, String ordererId, String email) {
        return TestTokens.token(username, Set.of("orderer"), email == null ? Map.of("orderer_id", ordererId)
                : Map.of("orderer_id", ordererId, "email", email));
    }

    public static Response lookup(String token, String ip, String contractNumber, String key) {
        return given().auth().oauth2(token).header("X-Forwarded-For", ip).contentType(ContentType.JSON)
                .body(Map.of("contractNumber", contractNumber, "authenticationKey", key))
                .when().post("/api/v1/verifications");
    }

    public static String randomIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    public static String uniqueUser(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ObjectNode unsignedCopy(ObjectNode signed) {
        ObjectNode copy = signed.deepCopy();
        copy.remove("proof");
        return copy;
    }

    public static PrivateKey otherKey() {
        return KeyPairs.generateEd25519().getPrivate();
    }
}
