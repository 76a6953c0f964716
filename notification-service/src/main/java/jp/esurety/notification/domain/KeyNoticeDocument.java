package jp.esurety.notification.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The contents of 電子保証にかかる「認証キー」のお知らせ (seed 000): what the contractor submits to the orderer.
 * {@link #toString()} hides the key.
 */
public record KeyNoticeDocument(LocalDate date, String workName, String contractorName, String productName,
                                String contractNumber, String authenticationKey, String issuerName,
                                String branchName) {

    public KeyNoticeDocument {
        Objects.requireNonNull(contractNumber);
        Objects.requireNonNull(authenticationKey);
    }

    @Override
    public String toString() {
        return "KeyNoticeDocument[" + contractNumber + ", key=****]";
    }
}
