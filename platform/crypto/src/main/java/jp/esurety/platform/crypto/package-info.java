/**
 * Cryptography shared by the e-Surety services, on the JDK's own providers only.
 *
 * <ul>
 *   <li>{@link jp.esurety.platform.crypto.EddsaJcs2022}: W3C Data Integrity proofs ({@code eddsa-jcs-2022}) that
 *       secure each certificate version as a Verifiable Credential;</li>
 *   <li>{@link jp.esurety.platform.crypto.KeySealer}: seals a secret (the authentication key) for one recipient
 *       with its X25519 public key, so events never carry it readable;</li>
 *   <li>{@link jp.esurety.platform.crypto.SecretBox}: AES-256-GCM under a key-encryption key, for secrets at
 *       rest, with a keyring for rotation;</li>
 *   <li>{@link jp.esurety.platform.crypto.PepperedDigest}: HMAC-SHA256 digests compared in constant time;</li>
 *   <li>key material: {@link jp.esurety.platform.crypto.KeyPairs}, {@link jp.esurety.platform.crypto.Pem},
 *       {@link jp.esurety.platform.crypto.SymmetricKeys}, {@link jp.esurety.platform.crypto.KeyIds},
 *       {@link jp.esurety.platform.crypto.Multibase}, {@link jp.esurety.platform.crypto.Multikey}.</li>
 * </ul>
 *
 * Domain types (the authentication key's alphabet, contract numbers) belong to the services, not here.
 */
package jp.esurety.platform.crypto;
