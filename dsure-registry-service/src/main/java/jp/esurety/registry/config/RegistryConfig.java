package jp.esurety.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;

/** Registry settings ({@code esurety.registry.*}). */
@ConfigMapping(prefix = "esurety.registry")
public interface RegistryConfig {

    /** The folder with x25519.pem (this service's unsealing key), pepper.key and trusted-issuers/. */
    Path keysDir();

    /**
     * The issuer whose public key {@code trusted-issuers/<file>.pub.pem} seeds the trust store at start;
     * later keys are managed by {@code registry_admin}.
     */
    @WithDefault("https://surety.esurety.example.jp/issuers/higashi-nihon")
    String seedIssuerId();

    @WithDefault("higashi-nihon")
    String seedIssuerKeyName();

    /** Lookups one user may make per minute (portal and API together). */
    @WithDefault("30")
    int lookupsPerUserPerMinute();

    /** Lookups one client address may make per minute. */
    @WithDefault("300")
    int lookupsPerIpPerMinute();

    /**
     * How often repeated views of the same version by the same user are reported to the surety company as
     * {@code CertificateViewed} (the first view of each version always is; the audit log keeps every view).
     */
    @WithDefault("1m")
    Duration viewReportInterval();

    /** Sender of the registry's own mails to its users. */
    @WithDefault("D-Sure 保証確認サービス <noreply@dsure.example.jp>")
    String mailFrom();

    /** How often new-version notice mails are sent (scheduler interval). */
    @WithDefault("5s")
    String noticeMailInterval();

    /** Base URL of the portal, for links in mails. */
    @WithDefault("http://localhost:8083")
    String portalUrl();

    /**
     * Encrypts the portal's session cookie and keys its form (CSRF) tokens; at least 32 characters, checked at start.
     * Defaults to the {@code dsure-portal} client secret.
     */
    String portalSessionSecret();

    /** Loads the demo orderers (小美玉市長, 柏市) at start. */
    @WithDefault("false")
    boolean demoData();
}
