package jp.esurety.application.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The bytes of one document (PostgreSQL {@code bytea}), read only when the document is downloaded. */
@Entity
@Table(name = "application_document_content")
public class DocumentContentEntity extends PanacheEntityBase {
    @Id
    public UUID documentId;
    public byte[] content;
}
