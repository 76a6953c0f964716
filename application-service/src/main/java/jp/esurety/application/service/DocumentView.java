package jp.esurety.application.service;

import jp.esurety.application.persistence.DocumentEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A document sent with an application (書類送信), without its bytes. */
@Schema(description = "送信した書類")
public record DocumentView(
        @Schema(description = "書類ID") UUID documentId,
        @Schema(description = "申込ID") UUID applicationId,
        @Schema(description = "ファイル名", example = "見積書.pdf") String fileName,
        @Schema(description = "ファイルの種類: application/pdf | image/jpeg | image/png") String contentType,
        @Schema(description = "大きさ(バイト)") long size,
        @Schema(description = "内容の SHA-256(16進)") String sha256,
        @Schema(description = "説明") String description,
        @Schema(description = "送信日時(UTC)") Instant uploadedAt,
        @Schema(description = "送信した利用者") String uploadedBy) {

    static DocumentView of(DocumentEntity document) {
        return new DocumentView(document.id, document.applicationId, document.fileName, document.contentType,
                document.size, document.sha256, document.description, document.uploadedAt, document.uploadedBy);
    }
}
