package jp.esurety.application.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** 書類送信: what is known of a document sent with an application; its bytes are in {@link DocumentContentEntity}. */
@Entity
@Table(name = "application_document")
public class DocumentEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID applicationId;
    public String fileName;
    public String contentType;
    public long size;
    public String sha256;
    public String description;
    public Instant uploadedAt;
    public String uploadedBy;

    /** Newest first. */
    public static List<DocumentEntity> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by uploadedAt desc, id", applicationId);
    }

    public static long countOfApplication(UUID applicationId) {
        return count("applicationId", applicationId);
    }

    public static Optional<DocumentEntity> findInApplication(UUID applicationId, UUID documentId) {
        return find("id = ?1 and applicationId = ?2", documentId, applicationId).firstResultOptional();
    }
}
