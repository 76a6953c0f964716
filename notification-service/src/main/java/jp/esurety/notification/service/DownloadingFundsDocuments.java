package jp.esurety.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.notification.config.NotificationConfig;
import jp.esurety.notification.documents.AdvanceClaimPdf;
import jp.esurety.notification.documents.WithdrawalPdf;
import jp.esurety.notification.domain.AdvanceClaimDocument;
import jp.esurety.notification.domain.BankAccount;
import jp.esurety.notification.domain.ProductNames;
import jp.esurety.notification.domain.WithdrawalDocument;
import jp.esurety.notification.messaging.NotificationEvents;
import jp.esurety.notification.persistence.AdvanceClaimEntity;
import jp.esurety.notification.persistence.FundsWithdrawalEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

/**
 * The 前払金請求書 and 前払金払出依頼書 downloads: the contractor of the contract, or the surety's staff of its branch.
 * Rendered on every download from what the events left (a withdrawal approved before the claim arrived shows the
 * claim's account once it is here). Someone else's document is as unknown as a missing one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DownloadingFundsDocuments {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final AdvanceClaimPdf claimPdf;
    private final WithdrawalPdf withdrawalPdf;
    private final ObjectMapper mapper;
    private final NotificationConfig config;

    public DownloadingFundsDocuments(AdvanceClaimPdf claimPdf, WithdrawalPdf withdrawalPdf, ObjectMapper mapper,
                                     NotificationConfig config) {
        this.claimPdf = claimPdf;
        this.withdrawalPdf = withdrawalPdf;
        this.mapper = mapper;
        this.config = config;
    }

    /** Who downloads: a contractor (its contracts) or the surety's staff (its branch's contracts). */
    public record Reader(String contractorId, String branchCode) {

        public static Reader contractor(String contractorId) {
            return new Reader(contractorId, null);
        }

        public static Reader staff(String branchCode) {
            return new Reader(null, branchCode);
        }

        boolean reads(String documentContractorId, String documentBranchCode) {
            return contractorId != null ? contractorId.equals(documentContractorId)
                    : branchCode != null && branchCode.equals(documentBranchCode);
        }
    }

    public Optional<RenderingDocuments.Document> advanceClaim(String contractNumber, Reader reader) {
        AdvanceClaimEntity claim = AdvanceClaimEntity.findById(contractNumber);
        if (claim == null || !reader.reads(claim.contractorId, claim.branchCode)) {
            return Optional.empty();
        }
        byte[] pdf = claimPdf.render(new AdvanceClaimDocument(date(claim.issuedAt), claim.ordererName,
                claim.contractorName, claim.workName, ProductNames.of(claim.productType), contractNumber,
                claim.claimAmount, account(claim), config.mail().companyName(), claim.issuedAt));
        return Optional.of(new RenderingDocuments.Document("前払金請求書_" + contractNumber + ".pdf", pdf));
    }

    public Optional<RenderingDocuments.Document> withdrawal(UUID withdrawalId, Reader reader) {
        FundsWithdrawalEntity withdrawal = FundsWithdrawalEntity.findById(withdrawalId);
        if (withdrawal == null || !reader.reads(withdrawal.contractorId, withdrawal.branchCode)) {
            return Optional.empty();
        }
        // events come in any order: without the claim yet the paying account is named, not left out
        AdvanceClaimEntity claim = AdvanceClaimEntity.findById(withdrawal.contractNumber);
        NotificationEvents.Balance balance = balance(withdrawal);
        LocalDate approvedOn = date(withdrawal.approvedAt);
        byte[] pdf = withdrawalPdf.render(new WithdrawalDocument(approvedOn, withdrawal.contractNumber,
                claim == null ? "" : claim.contractorName, claim == null ? "" : claim.workName,
                claim == null ? null : account(claim), withdrawal.payeeName,
                new BankAccount(withdrawal.payeeBankCode, null, withdrawal.payeeBranchCode, null,
                        withdrawal.payeeAccountType, withdrawal.payeeAccountNumber, withdrawal.payeeHolderKana),
                withdrawal.amount, withdrawal.label,
                config.mail().companyName() + " " + config.branchName(withdrawal.branchCode),
                balance.categories().stream().map(line -> new WithdrawalDocument.BalanceLine(line.label(),
                        line.planned(), line.withdrawn(), line.remaining())).toList(),
                balance.planned(), balance.withdrawn(), balance.remaining(), config.mail().companyName(),
                withdrawal.approvedAt));
        return Optional.of(new RenderingDocuments.Document("前払金払出依頼書_" + withdrawal.contractNumber + "_"
                + FILE_DATE.format(approvedOn) + ".pdf", pdf));
    }

    private static BankAccount account(AdvanceClaimEntity claim) {
        return new BankAccount(claim.bankCode, claim.bankName, claim.bankBranchCode, claim.bankBranchName,
                claim.accountType, claim.accountNumber, claim.holderKana);
    }

    private NotificationEvents.Balance balance(FundsWithdrawalEntity withdrawal) {
        try {
            return mapper.readValue(withdrawal.balance, NotificationEvents.Balance.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored balance of withdrawal " + withdrawal.withdrawalId
                    + " is unreadable", e);
        }
    }

    private static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, TOKYO);
    }
}
