package jp.esurety.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.application.persistence.ApplicationEntity;
import jp.esurety.application.persistence.DocumentContentEntity;
import jp.esurety.application.persistence.DocumentEntity;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The documents of an application, for the contractor that owns it or staff of the branch it was sent to (rule 7);
 * anyone else finds no application. Each download is logged by document id, application, size and type.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentQueries {

    private static final Logger LOG = Logger.getLogger(DocumentQueries.class);

    /** A document and its bytes. */
    public record DocumentFile(DocumentView document, byte[] content) {
    }

    /** Newest first; empty when the reader may not see the application. */
    public Optional<List<DocumentView>> documents(UUID applicationId, ApplicationQueries.Reader reader) {
        return readable(applicationId, reader)
                .map(application -> DocumentEntity.ofApplication(application.id).stream().map(DocumentView::of).toList());
    }

    public Optional<DocumentFile> download(UUID applicationId, UUID documentId, ApplicationQueries.Reader reader) {
        return readable(applicationId, reader)
                .flatMap(application -> DocumentEntity.findInApplication(application.id, documentId))
                .flatMap(document -> DocumentContentEntity.<DocumentContentEntity>findByIdOptional(document.id)
                        .map(stored -> {
                            LOG.infof("document %s of application %s read by %s: %d bytes, %s", document.id,
                                    document.applicationId, reader.contractorId() != null ? "its contractor"
                                            : "branch " + reader.branchCode(), document.size, document.contentType);
                            return new DocumentFile(DocumentView.of(document), stored.content);
                        }));
    }

    private static Optional<ApplicationEntity> readable(UUID applicationId, ApplicationQueries.Reader reader) {
        return reader.contractorId() != null ? ApplicationEntity.findOwned(applicationId, reader.contractorId())
                : ApplicationEntity.findInBranch(applicationId, reader.branchCode());
    }
}
