package jp.esurety.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.notification.persistence.KeyNoticeEntity;

import java.util.Optional;

/**
 * The contractor downloads its key notice (⑤), always again later, rendered for the current certificate version and
 * key. Available once the certificate is on D-Sure; someone else's notice is as unknown as a missing one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DownloadingKeyNotice {

    private final RenderingDocuments documents;

    public DownloadingKeyNotice(RenderingDocuments documents) {
        this.documents = documents;
    }

    /** The PDF of a completed notice that belongs to this contractor; empty for anything else. */
    public Optional<RenderingDocuments.Document> download(String contractNumber, String contractorId) {
        KeyNoticeEntity notice = KeyNoticeEntity.findById(contractNumber);
        if (notice == null || !contractorId.equals(notice.contractorId)) {
            return Optional.empty();
        }
        return documents.keyNotice(contractNumber);
    }
}
