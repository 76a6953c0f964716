package jp.esurety.issuance.messaging.funds;

import jp.esurety.platform.events.EventTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Advance-payment funds events issuance-service publishes on {@code issuance-events} (key = contract number). */
public final class FundsEvents {

    public static final String TOPIC = "issuance-events";
    public static final String ADVANCE_CLAIM_ISSUED = EventTypes.of("issuance", "AdvanceClaimIssued");
    public static final String FUNDS_PLAN_SUBMITTED = EventTypes.of("issuance", "FundsPlanSubmitted");
    public static final String FUNDS_PLAN_ACCEPTED = EventTypes.of("issuance", "FundsPlanAccepted");
    public static final String FUNDS_PLAN_RETURNED = EventTypes.of("issuance", "FundsPlanReturned");
    public static final String WITHDRAWAL_REQUESTED = EventTypes.of("issuance", "WithdrawalRequested");
    public static final String WITHDRAWAL_APPROVED = EventTypes.of("issuance", "WithdrawalApproved");
    public static final String WITHDRAWAL_REJECTED = EventTypes.of("issuance", "WithdrawalRejected");

    private FundsEvents() {
    }

    /** A bank account as shown on the forms (names in half-width katakana for the Zengin file). */
    public record Account(String bankCode, String bankName, String branchCode, String branchName,
                          String accountType, String accountNumber, String holderKana) {
    }

    public record AdvanceClaimIssued(UUID claimId, String contractNumber, String contractorId, String contractorName,
                                     String branchCode, String productType, String ordererId, String ordererName,
                                     String workName, long claimAmount, Account depositAccount, Instant issuedAt) {
    }

    public record PlanLine(String category, String label, long amount, String note) {
    }

    public record FundsPlanSubmitted(UUID planId, String contractNumber, String contractorId, String branchCode,
                                     int version, long advanceAmount, List<PlanLine> lines, long total,
                                     Instant submittedAt) {
    }

    public record CategoryBalance(String category, String label, long planned, long withdrawn, long remaining) {
    }

    public record Balance(List<CategoryBalance> categories, long planned, long withdrawn, long remaining) {
    }

    public record FundsPlanAccepted(UUID planId, String contractNumber, String contractorId, String branchCode,
                                    int version, List<PlanLine> lines, long total, Balance balance,
                                    Instant acceptedAt) {
    }

    public record FundsPlanReturned(UUID planId, String contractNumber, String contractorId, String branchCode,
                                    int version, String message, Instant returnedAt) {
    }

    public record Payee(String name, String bankCode, String branchCode, String accountType, String accountNumber,
                        String holderKana) {
    }

    public record WithdrawalRequested(UUID withdrawalId, String contractNumber, String contractorId,
                                      String branchCode, String category, String label, long amount, Payee payee,
                                      Instant requestedAt) {
    }

    public record WithdrawalApproved(UUID withdrawalId, String contractNumber, String contractorId,
                                     String branchCode, String category, String label, long amount, Payee payee,
                                     Balance balance, Instant approvedAt) {
    }

    public record WithdrawalRejected(UUID withdrawalId, String contractNumber, String contractorId,
                                     String branchCode, String category, String label, long amount, String reason,
                                     Instant rejectedAt) {
    }
}
