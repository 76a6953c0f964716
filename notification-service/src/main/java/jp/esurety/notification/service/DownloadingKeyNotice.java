package jp.esurety.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.notification.config.NotificationKeys;
import jp.esurety.notification.documents.KeyNoticePdf;
import jp.esurety.notification.domain.KeyNoticeDocument;
import jp.esurety.notification.domain.ProductNames;
import jp.esurety.notification.persistence.ApplicationContactEntity;
import jp.esurety.notification.persistence.KeyNoticeEntity;
import jp.esurety.platform.crypto.KeySealer;
import jp.esurety.platform.crypto.SealedSecret;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The contractor downloads its key notice (⑤). The key is unsealed only here, in memory, for the PDF; the notice is
 * available once the certificate is on D-Sure.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DownloadingKeyNotice {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final NotificationKeys keys;
    private final KeyNoticePdf pdf;
    private final ObjectMapper mapper;

    public DownloadingKeyNotice(NotificationKeys keys, KeyNoticePdf pdf, ObjectMapper mapper) {
        this.keys = keys;
        this.pdf = pdf;
        this.mapper = mapper;
    }

    /** The PDF of a completed notice that belongs to this contractor; empty for anything else. */
    public Optional<byte[]> download(String contractNumber, String contractorId) {
        KeyNoticeEntity notice = KeyNoticeEntity.findById(contractNumber);
        if (notice == null || notice.completedAt == null || !contractorId.equals(notice.contractorId)) {
            return Optional.empty();
        }
        ApplicationContactEntity contact = ApplicationContactEntity.findById(notice.applicationId);
        String key = unseal(notice);
        String principal = contact.jvName == null ? contact.contractorName : contact.jvName + " 代表者 " + contact.contractorName;
        return Optional.of(pdf.render(new KeyNoticeDocument(LocalDate.ofInstant(notice.registeredAt, TOKYO),
                contact.workName, principal, ProductNames.of(notice.productType), notice.contractNumber, key,
                notice.issuerName, notice.branchName)));
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
