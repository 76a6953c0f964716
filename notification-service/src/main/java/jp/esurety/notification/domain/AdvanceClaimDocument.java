package jp.esurety.notification.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A 前払金請求書: the contractor claims the advance from the orderer, into the 前払金専用口座. */
public record AdvanceClaimDocument(LocalDate date, String ordererName, String contractorName, String workName,
                                   String productName, String contractNumber, long amount, BankAccount account,
                                   String issuerName, Instant created) {
}
