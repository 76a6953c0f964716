package jp.esurety.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.registry.domain.CertificateDocument;
import jp.esurety.registry.persistence.CertificateViewerEntity;

import java.util.Optional;

/**
 * On the portal, after a successful lookup with number + key, the orderer user opens the certificate page, its
 * version history and its PDF. Only the user who opened it with the key, and only while the certificate still names
 * their organisation.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ViewingCertificate {

    /** What the certificate page shows. */
    public record Page(CertificateDocument document, CertificateViews.Certificate certificate, boolean current,
                       String credentialJson) {
    }

    private final CertificateViews views;
    private final CertificateDocuments documents;

    public ViewingCertificate(CertificateViews views, CertificateDocuments documents) {
        this.views = views;
        this.documents = documents;
    }

    public Optional<Page> open(LookingUpCertificate.Caller caller, String contractNumber, Integer version) {
        Optional<CertificateViewerEntity> viewer = CertificateViewerEntity.findByIdOptional(
                new CertificateViewerEntity.Key(contractNumber, caller.username()));
        if (viewer.isEmpty() || caller.ordererId() == null || !caller.ordererId().equals(viewer.get().ordererId)) {
            return Optional.empty();
        }
        Optional<CertificateViews.Certificate> certificate = views.load(contractNumber)
                .filter(c -> caller.ordererId().equals(c.current().obligeeId()));
        if (certificate.isEmpty()) {
            return Optional.empty();
        }
        CertificateViews.Certificate c = certificate.get();
        if (version == null || version == c.current().version()) {
            return Optional.of(new Page(documents.of(c.current()), c, true, c.current().credential().toString()));
        }
        boolean visible = c.history().stream().anyMatch(h -> h.version() == version);
        return visible ? views.version(contractNumber, version)
                .map(v -> new Page(documents.of(v), c, false, v.credential().toString())) : Optional.empty();
    }

    /** The lookup result's summary row. */
    public CertificateDocument.Summary summary(CertificateViews.CertificateView view) {
        return documents.of(view).summary();
    }
}
