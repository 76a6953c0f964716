package jp.esurety.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.notification.config.NotificationConfig;
import jp.esurety.notification.documents.StatementPdf;
import jp.esurety.notification.domain.ProductNames;
import jp.esurety.notification.domain.StatementDocument;
import jp.esurety.notification.persistence.ApplicationContactEntity;
import jp.esurety.notification.persistence.KeyNoticeEntity;
import jp.esurety.notification.persistence.PremiumStatementEntity;
import jp.esurety.notification.persistence.RefundStatementEntity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The contractor downloads its 保証料計算書 / 保証料返還計算書: rendered on the first download and kept, so later
 * downloads are the same file. Someone else's statement is as unknown as a missing one.
 */
@ApplicationScoped
@Transactional
public class DownloadingStatement {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final TypeReference<List<StatementDocument.Line>> LINES = new TypeReference<>() {
    };

    private final StatementPdf pdf;
    private final ObjectMapper mapper;
    private final NotificationConfig config;
    private final Clock clock;

    public DownloadingStatement(StatementPdf pdf, ObjectMapper mapper, NotificationConfig config, Clock clock) {
        this.pdf = pdf;
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
    }

    public Optional<RenderingDocuments.Document> premiumStatement(UUID statementId, String contractorId) {
        PremiumStatementEntity statement = PremiumStatementEntity.findById(statementId);
        if (statement == null || !contractorId.equals(statement.contractorId)) {
            return Optional.empty();
        }
        if (statement.pdf == null) {
            // events come in any order: until the application's names are here the statement is not ready
            // (rendering it now would keep a statement without 受注者名 and 工事名 for good)
            ApplicationContactEntity contact = ApplicationContactEntity.findById(statement.applicationId);
            if (contact == null) {
                return Optional.empty();
            }
            statement.pdf = pdf.render(new StatementDocument("保証料計算書", date(statement.issuedAt),
                    contact.contractorName, contact.workName,
                    ProductNames.of(statement.productType), statement.contractNumber, lines(statement.lines),
                    statement.total, "※ 領収証は書面にてお渡しします。", config.mail().companyName(), statement.issuedAt));
            statement.renderedAt = clock.instant();
        }
        return Optional.of(new RenderingDocuments.Document("保証料計算書_" + statement.contractNumber + ".pdf",
                statement.pdf));
    }

    public Optional<RenderingDocuments.Document> refundStatement(String contractNumber, String contractorId) {
        RefundStatementEntity refund = RefundStatementEntity.findById(contractNumber);
        if (refund == null || !contractorId.equals(refund.contractorId)) {
            return Optional.empty();
        }
        if (refund.pdf == null) {
            KeyNoticeEntity notice = KeyNoticeEntity.findById(contractNumber);
            ApplicationContactEntity contact = notice == null || notice.applicationId == null ? null
                    : ApplicationContactEntity.findById(notice.applicationId);
            refund.pdf = pdf.render(new StatementDocument("保証料返還計算書", date(refund.cancelledAt),
                    contact == null ? "" : contact.contractorName, contact == null ? "" : contact.workName,
                    notice == null ? "" : ProductNames.of(notice.productType), contractNumber, lines(refund.lines),
                    refund.total, refund.reason == null ? null : "解約理由：" + refund.reason,
                    config.mail().companyName(), refund.cancelledAt));
            refund.renderedAt = clock.instant();
        }
        return Optional.of(new RenderingDocuments.Document("保証料返還計算書_" + contractNumber + ".pdf", refund.pdf));
    }

    private static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, TOKYO);
    }

    private List<StatementDocument.Line> lines(String json) {
        try {
            return mapper.readValue(json, LINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored statement lines are unreadable", e);
        }
    }
}
