package jp.esurety.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.notification.config.NotificationConfig;
import jp.esurety.notification.config.NotificationKeys;
import jp.esurety.notification.documents.KeyNoticePdf;
import jp.esurety.notification.domain.KeyNoticeDocument;
import jp.esurety.notification.domain.ProductNames;
import jp.esurety.notification.domain.RegistryLookup;
import jp.esurety.notification.persistence.ApplicationContactEntity;
import jp.esurety.notification.persistence.KeyNoticeEntity;
import jp.esurety.platform.crypto.KeySealer;
import jp.esurety.platform.crypto.SealedSecret;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Renders contractor-facing PDFs from what the events left. The authentication key is unsealed only here, in
 * memory, for the key notice; the rendered key notice is never stored (it would hold the key in clear).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RenderingDocuments {

    /** Attachment kind of a mail that carries the key notice PDF. */
    public static final String KEY_NOTICE = "KEY_NOTICE";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final NotificationKeys keys;
    private final KeyNoticePdf keyNoticePdf;
    private final ObjectMapper mapper;
    private final NotificationConfig config;

    public RenderingDocuments(NotificationKeys keys, KeyNoticePdf keyNoticePdf, ObjectMapper mapper,
                              NotificationConfig config) {
        this.keys = keys;
        this.keyNoticePdf = keyNoticePdf;
        this.mapper = mapper;
        this.config = config;
    }

    /** A rendered file. */
    public record Document(String filename, byte[] content) {
    }

    /** The key notice of a completed notice, for its current version; empty while the notice is incomplete. */
    public Optional<Document> keyNotice(String contractNumber) {
        KeyNoticeEntity notice = KeyNoticeEntity.findById(contractNumber);
        if (notice == null || notice.completedAt == null) {
            return Optional.empty();
        }
        ApplicationContactEntity contact = ApplicationContactEntity.findById(notice.applicationId);
        String principal = contact.jvName == null ? contact.contractorName
                : contact.jvName + " 代表者 " + contact.contractorName;
        byte[] pdf = keyNoticePdf.render(new KeyNoticeDocument(LocalDate.ofInstant(notice.registeredAt, TOKYO),
                contact.workName, principal, ProductNames.of(notice.productType), notice.contractNumber,
                unseal(notice), notice.issuerName, notice.branchName,
                RegistryLookup.url(config.registryLookupUrl(), notice.contractNumber), notice.registeredAt));
        return Optional.of(new Document("認証キーのお知らせ_" + contractNumber + ".pdf", pdf));
    }

    /** The file a queued mail attaches, rendered at send time. */
    public Document attachment(String kind, String ref) {
        if (!KEY_NOTICE.equals(kind)) {
            throw new IllegalStateException("unknown attachment kind " + kind);
        }
        return keyNotice(ref).orElseThrow(() -> new IllegalStateException("key notice " + ref + " is not complete"));
    }

    private String unseal(KeyNoticeEntity notice) {
        try {
            SealedSecret sealed = mapper.readValue(notice.sealedKey, SealedSecret.class);
            byte[] key = KeySealer.unseal(sealed, keys.unsealingKey(),
                    notice.contractNumber.getBytes(StandardCharsets.US_ASCII));
            return new String(key, StandardCharsets.US_ASCII);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored sealed key of " + notice.contractNumber + " is unreadable", e);
        }
    }
}
