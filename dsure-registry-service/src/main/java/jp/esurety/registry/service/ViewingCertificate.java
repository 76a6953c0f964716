package jp.esurety.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.registry.domain.CertificateDocument;
import jp.esurety.registry.domain.AuditAction;
import jp.esurety.registry.domain.LookupInput;
import jp.esurety.registry.domain.LookupOutcome;
import jp.esurety.registry.persistence.AuditEntryEntity;
import jp.esurety.registry.persistence.CertificateViewerEntity;

import java.time.Clock;

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

    private final ManagingOrdererUsers roster;
    private final Clock clock;

    public ViewingCertificate(CertificateViews views, CertificateDocuments documents, ManagingOrdererUsers roster,
                              Clock clock) {
        this.roster = roster;
        this.views = views;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * Opens the certificate (current version, or {@code version} from the history) for the page or the PDF; every
     * open, allowed or not, is an audit entry (who, organisation, address, contract, version, what, when).
     */
    @Transactional
    public Optional<Page> open(LookingUpCertificate.Caller caller, String contractNumber, Integer version,
                               AuditAction action) {
        boolean admitted = roster.admits(caller.username(), caller.ordererId(), caller.email());
        Optional<Page> page = admitted ? open(caller, contractNumber, version) : Optional.empty();
        AuditEntryEntity e = new AuditEntryEntity();
        e.at = clock.instant();
        e.username = caller.username();
        e.ordererId = caller.ordererId();
        e.clientIp = caller.clientIp();
        e.channel = caller.channel();
        e.action = action.name();
        e.outcome = (!admitted ? LookupOutcome.USER_DISABLED
                : page.isPresent() ? LookupOutcome.VIEWED : LookupOutcome.FAILED).name();
        e.contractNumber = LookupInput.contractNumberOf(contractNumber).orElse(null);
        e.version = page.map(p -> p.document().version()).orElse(version);
        e.persist();
        return page;
    }

    private Optional<Page> open(LookingUpCertificate.Caller caller, String contractNumber, Integer version) {
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
