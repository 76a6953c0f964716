package jp.esurety.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.notification.messaging.NotificationEvents;
import jp.esurety.notification.persistence.AdvanceClaimEntity;
import jp.esurety.notification.persistence.FundsWithdrawalEntity;

/**
 * Keeps what the 前払金請求書 and 前払金払出依頼書 need, as issuance announces them. One claim per contract: a claim
 * event replaces the kept one only if it was issued later (an older one arriving late changes nothing); one row
 * per approved withdrawal (approval happens at most once, a redelivered event finds its row).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KeepingFundsDocuments {

    private final ObjectMapper mapper;

    public KeepingFundsDocuments(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void advanceClaimIssued(NotificationEvents.AdvanceClaimIssued event) {
        AdvanceClaimEntity claim = AdvanceClaimEntity.findById(event.contractNumber());
        if (claim != null && !event.issuedAt().isAfter(claim.issuedAt)) {
            return;
        }
        boolean first = claim == null;
        if (first) {
            claim = new AdvanceClaimEntity();
            claim.contractNumber = event.contractNumber();
        }
        claim.claimId = event.claimId();
        claim.contractorId = event.contractorId();
        claim.contractorName = event.contractorName();
        claim.branchCode = event.branchCode();
        claim.productType = event.productType();
        claim.ordererName = event.ordererName();
        claim.workName = event.workName();
        claim.claimAmount = event.claimAmount();
        NotificationEvents.DepositAccount account = event.depositAccount();
        claim.bankCode = account.bankCode();
        claim.bankName = account.bankName();
        claim.bankBranchCode = account.branchCode();
        claim.bankBranchName = account.branchName();
        claim.accountType = account.accountType();
        claim.accountNumber = account.accountNumber();
        claim.holderKana = account.holderKana();
        claim.issuedAt = event.issuedAt();
        if (first) {
            claim.persist();
        }
    }

    public void withdrawalApproved(NotificationEvents.WithdrawalApproved event) {
        if (FundsWithdrawalEntity.findById(event.withdrawalId()) != null) {
            return;
        }
        FundsWithdrawalEntity withdrawal = new FundsWithdrawalEntity();
        withdrawal.withdrawalId = event.withdrawalId();
        withdrawal.contractNumber = event.contractNumber();
        withdrawal.contractorId = event.contractorId();
        withdrawal.branchCode = event.branchCode();
        withdrawal.category = event.category();
        withdrawal.label = event.label();
        withdrawal.amount = event.amount();
        NotificationEvents.Payee payee = event.payee();
        withdrawal.payeeName = payee.name();
        withdrawal.payeeBankCode = payee.bankCode();
        withdrawal.payeeBranchCode = payee.branchCode();
        withdrawal.payeeAccountType = payee.accountType();
        withdrawal.payeeAccountNumber = payee.accountNumber();
        withdrawal.payeeHolderKana = payee.holderKana();
        withdrawal.balance = json(event.balance());
        withdrawal.approvedAt = event.approvedAt();
        withdrawal.persist();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
