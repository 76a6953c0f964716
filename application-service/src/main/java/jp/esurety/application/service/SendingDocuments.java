package jp.esurety.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.application.config.DocumentsConfig;
import jp.esurety.application.domain.DocumentFileName;
import jp.esurety.application.domain.DocumentType;
import jp.esurety.application.persistence.AdvisoryLocks;
import jp.esurety.application.persistence.ApplicationEntity;
import jp.esurety.application.persistence.DocumentContentEntity;
import jp.esurety.application.persistence.DocumentEntity;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;
import jp.esurety.platform.problem.ProblemTypes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * 書類送信: a contractor sends documents (PDF, JPEG, PNG) to the surety with one of its applications, drafts
 * included, and deletes them until the surety has decided on the application. The log names each document by id,
 * application, size and type, never by its content or name.
 */
@ApplicationScoped
@Transactional
public class SendingDocuments {

    static final String FIELD = "file";
    private static final Logger LOG = Logger.getLogger(SendingDocuments.class);
    private static final int MAX_DESCRIPTION = 200;

    /** The uploaded file as Quarkus stored it in its uploads directory (deleted when the request ends). */
    public record Upload(String fileName, String contentType, long size, Path file) {
    }

    private final DocumentContentCheck contentCheck;
    private final DocumentsConfig config;
    private final Clock clock;

    public SendingDocuments(DocumentContentCheck contentCheck, DocumentsConfig config, Clock clock) {
        this.contentCheck = contentCheck;
        this.config = config;
        this.clock = clock;
    }

    public DocumentView send(String contractorId, String uploadedBy, UUID applicationId, Upload upload,
                             String description) {
        ApplicationEntity application = owned(contractorId, applicationId);
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.codePointCount(0, text.length()) > MAX_DESCRIPTION) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("description",
                    "説明は" + MAX_DESCRIPTION + "文字以内で入力してください。")));
        }
        DocumentType type = acceptedType(upload);
        byte[] content = read(upload.file());
        contentCheck.check(type, content);

        AdvisoryLocks.lock("application-documents", application.id.toString());
        if (DocumentEntity.countOfApplication(application.id) >= config.maxPerApplication()) {
            throw ProblemException.ruleViolated("documents-per-application", FIELD, "1件の申込に送信できる書類は"
                    + config.maxPerApplication() + "件までです。不要な書類を削除してから送信してください。");
        }
        DocumentEntity document = new DocumentEntity();
        document.id = UUID.randomUUID();
        document.applicationId = application.id;
        document.fileName = DocumentFileName.of(upload.fileName(), type);
        document.contentType = type.mediaType();
        document.size = content.length;
        document.sha256 = sha256(content);
        document.description = text;
        document.uploadedAt = Times.now(clock);
        document.uploadedBy = uploadedBy;
        document.persist();
        DocumentContentEntity stored = new DocumentContentEntity();
        stored.documentId = document.id;
        stored.content = content;
        stored.persist();
        LOG.infof("document %s stored for application %s: %d bytes, %s", document.id, application.id, document.size,
                document.contentType);
        return DocumentView.of(document);
    }

    public void delete(String contractorId, UUID applicationId, UUID documentId) {
        ApplicationEntity application = owned(contractorId, applicationId);
        DocumentEntity document = DocumentEntity.findInApplication(application.id, documentId)
                .orElseThrow(() -> ProblemException.notFound("書類が見つかりません。"));
        if (application.lines.stream().anyMatch(line -> line.status.decided())) {
            throw ProblemException.conflict("保証会社の審査結果が出た申込の書類は削除できません。");
        }
        DocumentContentEntity.deleteById(document.id);
        document.delete();
        LOG.infof("document %s of application %s deleted: %d bytes, %s", document.id, application.id, document.size,
                document.contentType);
    }

    /** Empty, too large or not an accepted type: refused before the content is read. */
    private DocumentType acceptedType(Upload upload) {
        if (upload.size() == 0) {
            throw ProblemException.ruleViolated("document-empty", FIELD, "ファイルが空です(0バイト)。送信するファイルをご確認ください。");
        }
        long max = config.maxBytes().asLongValue();
        if (upload.size() > max) {
            String message = "ファイルが大きすぎます。1ファイル" + max / (1024 * 1024) + "MBまで送信できます。";
            throw new ProblemException(413, ProblemTypes.RULE_PREFIX + "document-size",
                    "送信データが大きすぎます (Content Too Large)", message, List.of(new Problem.FieldError(FIELD, message)));
        }
        return DocumentType.declared(upload.contentType()).orElseThrow(() -> {
            String message = "送信できるファイルはPDF・JPEG・PNGのみです。";
            return new ProblemException(415, ProblemTypes.RULE_PREFIX + "document-type",
                    "この種類のファイルは送信できません (Unsupported Media Type)", message,
                    List.of(new Problem.FieldError(FIELD, message)));
        });
    }

    private static ApplicationEntity owned(String contractorId, UUID applicationId) {
        return ApplicationEntity.findOwned(applicationId, contractorId)
                .orElseThrow(() -> ProblemException.notFound("申込が見つかりません。"));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
