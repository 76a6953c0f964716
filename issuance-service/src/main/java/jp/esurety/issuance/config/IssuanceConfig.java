package jp.esurety.issuance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Issuance settings ({@code esurety.issuance.*}) and where this service's key material lives. */
@ConfigMapping(prefix = "esurety.issuance")
public interface IssuanceConfig {

    /** The folder with signing-ed25519.pem, kek.key and the consumers' X25519 public keys. */
    Path keysDir();

    /** The id of the KEK in kek.key, recorded in every boxed key so a rotated KEK can still decrypt old ones. */
    @WithDefault("kek-1")
    String kekId();

    /**
     * KEKs retired by a rotation but still needed to decrypt keys boxed before it, each read from
     * {@code kek.<id>.key}; drop one once {@code GET /api/ops/kek-rotation} reports nothing left under it.
     */
    Optional<List<String>> retiredKekIds();

    /** The HTTPS identifier of the issuer; verification methods are {@code <issuerId>#<key id>}. */
    @WithDefault("https://surety.esurety.example.jp/issuers/higashi-nihon")
    String issuerId();

    @WithDefault("東日本建設業保証株式会社")
    String issuerName();

    /** Printed on certificates (本店所在地). */
    @WithDefault("東京都中央区八丁堀二丁目5番1号")
    String issuerAddress();

    @WithDefault("代表取締役社長 東日本 一郎")
    String issuerRepresentative();

    /** Loads the demo master data (branch 茨城支店, two contractors) at start. */
    @WithDefault("false")
    boolean demoData();
}
