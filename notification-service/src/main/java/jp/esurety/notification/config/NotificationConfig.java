package jp.esurety.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Notification settings ({@code esurety.notification.*}). */
@ConfigMapping(prefix = "esurety.notification")
public interface NotificationConfig {

    /** The folder with x25519.pem and x25519.pub.pem: this service's key for unsealing authentication keys. */
    Path keysDir();

    /** How often due mails are looked for (new mails go out right after their transaction commits). */
    Duration mailSweep();

    /** Attempts before a mail is given up as DEAD (then {@code MailFailed}, metric, ops API). */
    @WithDefault("8")
    int mailMaxAttempts();

    /** Wait after the first failed attempt; doubles with each further failure. */
    @WithDefault("30s")
    Duration mailRetryInitial();

    /** The longest wait between two attempts. */
    @WithDefault("1h")
    Duration mailRetryMax();

    /** The longest one SMTP send may take before it counts as a failed attempt. */
    @WithDefault("60s")
    Duration mailSendTimeout();

    /** Sender, reply-to and the texts every mail shares. */
    Mail mail();

    /** Contacts of the surety's branches by branch code, printed in every mail (取扱箇所). */
    Map<String, Branch> branches();

    /** The name of a branch as printed (取扱箇所), or the fallback name for an unknown branch. */
    default String branchName(String branchCode) {
        Branch branch = branchCode == null ? null : branches().get(branchCode);
        return branch == null ? mail().fallbackBranchName() : branch.name();
    }

    /**
     * Settings per surety company, under a name of ops' choosing, each naming the issuer id of that company's
     * certificates (e.g. {@code sureties.higashi-nihon.issuer-id=https://surety.esurety.example.jp/issuers/higashi-nihon}
     * and {@code sureties.higashi-nihon.attach-key-notice=true}); a company without an entry gets the defaults.
     */
    Map<String, Surety> sureties();

    /** Whether this surety company's completion and amendment mails attach the key notice PDF (default: no). */
    default boolean attachesKeyNotice(String issuerId) {
        return issuerId != null && sureties().values().stream()
                .anyMatch(surety -> surety.issuerId().equals(issuerId) && surety.attachKeyNotice());
    }

    /** The registry's lookup page; the key notice's QR code opens it with {@code ?contractNumber=…}. */
    String registryLookupUrl();

    interface Mail {
        /** {@code From}, e.g. {@code 東日本建設業保証 電子保証サービス <noreply@…>}. */
        String from();

        /** {@code Reply-To}; none when absent. */
        Optional<String> replyTo();

        /** Right-hand side of every Message-ID. */
        String messageIdDomain();

        /** The surety company named in mails. */
        String companyName();

        /** Where the contractor logs in (Net Desk). */
        String netDeskUrl();

        /** The branch named when an application's branch has no configured contact. */
        @WithDefault("当社の営業部・支店")
        String fallbackBranchName();
    }

    interface Surety {
        /** The {@code issuer.id} of the company's certificates (the verifiable credentials issuance signs). */
        String issuerId();

        /**
         * Whether the completion and amendment mails carry the key notice PDF as an attachment; by default the
         * contractor fetches it from Net Desk only.
         */
        @WithDefault("false")
        boolean attachKeyNotice();
    }

    interface Branch {
        String name();

        Optional<String> tel();

        Optional<String> email();
    }
}
